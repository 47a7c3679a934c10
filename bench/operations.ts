import { CONCEPT_KINDS, RELATION_TYPES } from '../src/core/graph-vocabulary';
import { exactNameForms, fulltextQuery, indexQueries } from '../src/modules/search/search.lucene';
import { searchCandidates } from '../src/modules/search/search.repository';
import { Database } from '../src/neo4j/database';
import { RELATION_FIELDS } from './peer-schema';

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: string;
  api: GraphQLRequest;
  peer: GraphQLRequest;
  /**
   * The floor: the one statement the API sends for `api` (the name its query listener reports),
   * with the same parameters, through the driver. Resolves to its rows.
   */
  floor(db: Database): Promise<unknown[]>;
}

const KEY = 'cross-chain';
const PAPER = 'caict-blockchain-2020';
const TYPES = [...RELATION_TYPES];
const KINDS = [...CONCEPT_KINDS];
/** A relations page request as the API builds it (see relation.args.ts), `limit` one more than asked. */
const relationPage = (limit: number) => ({
  key: '',
  direction: 'BOTH',
  types: TYPES,
  kinds: null,
  after: null,
  before: null,
  backward: false,
  limit: limit + 1,
});

const SEARCH_TEXT = 'cross chain';
const SEARCH_INDEX_QUERIES = indexQueries(fulltextQuery(SEARCH_TEXT)!);
/** The parameters the API derives from the search text, as its search repository does. */
const SEARCH_PARAMS = {
  queryEn: SEARCH_INDEX_QUERIES.en,
  queryZh: SEARCH_INDEX_QUERIES.zh,
  exact: exactNameForms(SEARCH_TEXT),
  candidates: searchCandidates(KINDS, 10),
};

const RELATION_PAGE = `Connection { totalCount
  edges { properties { evidenceSections } node { key name kind } } }`;
const peerRelations = (selection: string) =>
  RELATION_FIELDS.map(({ field }) => `${field}${selection}`).join('\n');

export const OPERATIONS: Operation[] = [
  {
    name: 'conceptPage',
    api: {
      query: `query($key: String!, $first: Int) { concept(key: $key) {
        key kind name summary aliases evidence { basis sourceUrl section { key number title } }
        relations(first: $first) { totalCount edges { node {
          type sentence from { key name kind } to { key name kind } } } } } }`,
      variables: { key: KEY, first: 50 },
    },
    peer: {
      query: `query($key: String!) { concepts(where: { key: { eq: $key } }) {
        key kind name summary aliases
        evidenceConnection { edges { properties { basis sourceUrl } node { key number title } } }
        ${peerRelations(RELATION_PAGE)}
      } }`,
      variables: { key: KEY },
    },
    floor: (db) =>
      db.read('conceptPage', {
        key: KEY,
        withEvidence: true,
        relations: relationPage(50),
        withSections: true,
        relationCursors: false,
        relationEvidence: true,
        briefEnds: true,
      }),
  },
  {
    name: 'conceptsList',
    api: {
      query: `query($first: Int, $relations: Int) { concepts(first: $first) { totalCount edges {
        node { key kind name relations(first: $relations) { edges { node {
          type from { key name } to { key name } } } } } } } }`,
      variables: { first: 50, relations: 20 },
    },
    // No concept has more than 20 relations, so the peer's unlimited lists hold the same data.
    peer: {
      query: `query($first: Int) { conceptsConnection { totalCount }
        concepts(limit: $first, sort: [{ name: ASC }]) { key kind name
          ${peerRelations(' { key name }')} } }`,
      variables: { first: 50 },
    },
    floor: (db) =>
      db.read('conceptsByName', {
        kinds: KINDS,
        section: null,
        bases: null,
        needle: null,
        orderBy: 'NAME',
        relationTypes: TYPES,
        after: null,
        before: null,
        backward: false,
        limit: 51,
        relations: relationPage(20),
        withSections: false,
        relationCursors: false,
        relationEvidence: false,
        briefEnds: true,
      }),
  },
  {
    name: 'search',
    api: {
      query: `query($text: String!) { search(text: $text, first: 10) {
        score concept { key kind name summary } } }`,
      variables: { text: SEARCH_TEXT },
    },
    peer: {
      query: `query($queryEn: String!, $queryZh: String!, $exact: [String!]!, $kinds: [String!]!,
        $candidates: Int!) {
        search(queryEn: $queryEn, queryZh: $queryZh, exact: $exact, kinds: $kinds, first: 10,
          candidates: $candidates) { score concept { key kind name summary } } }`,
      variables: { ...SEARCH_PARAMS, kinds: KINDS },
    },
    floor: (db) => db.read('searchConcepts', { ...SEARCH_PARAMS, kinds: KINDS, first: 10 }),
  },
  {
    name: 'neighborhood',
    api: {
      query: `query($key: String!) { neighborhood(key: $key, depth: 2) {
        truncated nodes { key kind name } edges { type from { key } to { key } } } }`,
      variables: { key: KEY },
    },
    peer: {
      query: `query($key: String!, $types: [String!]!) {
        neighborhood(key: $key, depth: 2, limit: 100, types: $types, briefNodes: true, edgeEvidence: false) {
          truncated nodes { key kind name } edges { type from to } } }`,
      variables: { key: KEY, types: TYPES },
    },
    floor: (db) =>
      db.read('neighborhood', {
        key: KEY,
        depth: 2,
        limit: 100,
        types: TYPES,
        briefNodes: true,
        edgeEvidence: false,
      }),
  },
  {
    name: 'paths',
    api: {
      query: `query($from: String!, $to: String!) {
        paths(from: $from, to: $to, maxHops: 4, first: 3) {
          length explanation concepts { key name } } }`,
      variables: { from: KEY, to: 'digital-finance' },
    },
    // The peer returns the relations' ends; the API's `explanation` is the sentence made of them.
    peer: {
      query: `query($from: String!, $to: String!, $types: [String!]!) {
        paths(from: $from, to: $to, maxHops: 4, first: 3, types: $types) {
          concepts { key name } relations { type from to } } }`,
      variables: { from: KEY, to: 'digital-finance', types: TYPES },
    },
    floor: (db) =>
      db.read('shortestPaths', {
        from: KEY,
        to: 'digital-finance',
        maxHops: 4,
        types: TYPES,
        first: 3,
      }),
  },
  {
    name: 'outline',
    api: {
      query: `query($key: String!) { paper(key: $key) { key title sectionCount outline {
        key number title children { key number title children { key number title } } } } }`,
      variables: { key: PAPER },
    },
    peer: {
      query: `query($key: String!) { papers(where: { key: { eq: $key } }) { key title sectionCount
        outline(sort: [{ order: ASC }]) { key number title children(sort: [{ order: ASC }]) {
          key number title children(sort: [{ order: ASC }]) { key number title } } } } }`,
      variables: { key: PAPER },
    },
    floor: (db) => db.read('paperWithOutline', { key: PAPER }),
  },
];
