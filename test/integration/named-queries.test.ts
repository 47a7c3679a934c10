import fs from 'node:fs';
import path from 'node:path';
import { ALL_CONCEPT_KINDS, ALL_RELATION_TYPES } from '../../src/modules/common/common.enums';
import { Params } from '../../src/neo4j/database';
import { CYPHER_DIR } from '../../src/core/paths';
import { indexQueries } from '../../src/modules/search/search.lucene';
import { openTestDatabase } from '../helpers/neo4j';
import { FULL_PROJECTION } from '../../src/modules/relation/relation.repository';

const queriesFor = (terms: string) => {
  const { en, zh } = indexQueries(terms);
  return { queryEn: en, queryZh: zh, exact: [terms.toLowerCase()] };
};

const { db, close } = openTestDatabase();
afterAll(() => close());

// The read side's query files (seed and editing queries are tested by their own suites).
const FILES = ['concept', 'fact', 'graph', 'paper', 'relation', 'search', 'section', 'stats'];

const PAPER = 'caict-blockchain-2020';
const SECTION = `${PAPER}/II.(1)`;
const types = [...ALL_RELATION_TYPES];
const kinds = [...ALL_CONCEPT_KINDS];
const relationRequest = { id: 0, key: 'cross-chain', direction: 'BOTH', types, kinds: null };
const conceptFilter = { kinds, section: SECTION, bases: ['CURATED'], needle: 'chain' };
const window = { after: null, before: null, backward: false, limit: 21 };
const listParams = {
  kinds,
  section: null,
  bases: null,
  needle: null,
  orderBy: 'NAME',
  relationTypes: types,
  ...window,
  relations: { ...relationRequest, ...window },
  withSections: true,
  ...FULL_PROJECTION,
};

/** Realistic parameters for every named query; `rows` is whether it must return something. */
const CASES: Record<string, { params: Params; rows: boolean }> = {
  conceptsByKeys: { params: { keys: ['cross-chain', 'caict', 'nope'] }, rows: true },
  conceptEvidence: { params: { keys: ['cross-chain'] }, rows: true },
  conceptPage: {
    params: {
      key: 'cross-chain',
      withEvidence: true,
      relations: { ...relationRequest, ...window },
      withSections: true,
      // The brief projection, which the concept lists above do not take.
      relationCursors: false,
      relationEvidence: true,
      briefEnds: true,
    },
    rows: true,
  },
  conceptsByName: { params: { ...listParams, after: ['a', 'a'] }, rows: true },
  conceptsByNameBackward: {
    params: { ...listParams, backward: true, before: ['z', 'z'] },
    rows: true,
  },
  conceptsRanked: { params: { ...listParams, ...conceptFilter, orderBy: 'OUTLINE' }, rows: true },
  conceptsCount: { params: conceptFilter, rows: true },
  relationsOfConcepts: {
    params: { requests: [{ ...relationRequest, ...window }], ...FULL_PROJECTION },
    rows: true,
  },
  relationsByEnds: {
    params: {
      ends: [{ key: 'k', from: 'cross-chain', type: 'ENABLES', to: 'wider-network-scale' }],
      types,
    },
    rows: false,
  },
  relationCounts: { params: { requests: [relationRequest] }, rows: true },
  sectionsByKeys: { params: { keys: [SECTION] }, rows: true },
  sectionChildren: { params: { keys: [SECTION] }, rows: true },
  sectionParents: { params: { keys: [`${SECTION}.1`] }, rows: true },
  sectionPaths: { params: { keys: [`${SECTION}.1`] }, rows: true },
  sectionConcepts: {
    params: { requests: [{ id: 0, key: SECTION, kinds, ...window }] },
    rows: true,
  },
  sectionConceptCounts: { params: { requests: [{ id: 0, key: SECTION, kinds }] }, rows: true },
  allPapers: { params: {}, rows: true },
  paperByKey: { params: { key: PAPER }, rows: true },
  papersByKeys: { params: { keys: [PAPER] }, rows: true },
  paperOutlines: { params: { keys: [PAPER] }, rows: true },
  paperPublishers: { params: { keys: [PAPER] }, rows: true },
  paperSectionCounts: { params: { keys: [PAPER] }, rows: true },
  paperWithOutline: { params: { key: PAPER }, rows: true },
  factsByKeys: { params: { keys: ['release-at-trusted-blockchain-summit-2020'] }, rows: true },
  factsList: { params: { about: 'caict', first: 20 }, rows: true },
  factAbout: { params: { keys: ['release-at-trusted-blockchain-summit-2020'] }, rows: true },
  factEvidence: { params: { keys: ['release-at-trusted-blockchain-summit-2020'] }, rows: true },
  searchConcepts: {
    params: { ...queriesFor('(consensus OR consensus~2) 共识'), kinds, first: 10, candidates: 10 },
    rows: true,
  },
  neighborhood: {
    params: {
      key: 'cross-chain',
      depth: 2,
      limit: 50,
      types,
      briefNodes: true,
      edgeEvidence: false,
    },
    rows: true,
  },
  shortestPaths: {
    params: { from: 'cross-chain', to: 'supply-chain-finance', maxHops: 4, first: 3, types },
    rows: true,
  },
  coMentioned: { params: { key: 'cross-chain', first: 10 }, rows: true },
  graphStats: { params: { types }, rows: true },
};

function namesIn(file: string): string[] {
  const text = fs.readFileSync(path.join(CYPHER_DIR, 'queries', `${file}.cypher`), 'utf8');
  return [...text.matchAll(/^\/\/ name: (\w+)\s*$/gm)].map((match) => match[1]);
}

const ALL_NAMES = FILES.flatMap(namesIn);

describe('named queries of the read side', () => {
  it('all have a case here', () => {
    expect(ALL_NAMES.filter((name) => !CASES[name])).toEqual([]);
  });

  it.each(ALL_NAMES)('%s runs against the seeded graph', async (name) => {
    const { params, rows } = CASES[name];
    const result = await db.read(name, params);
    if (rows) expect(result.length).toBeGreaterThan(0);
  });
});
