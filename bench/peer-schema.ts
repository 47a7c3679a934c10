import path from 'node:path';
import { RELATION_TYPES } from '../src/core/graph-vocabulary';
import { loadNamedQueries } from '../src/neo4j/named-queries';
import { CYPHER_DIR } from '../src/core/paths';

/** `ENABLES` → `enables`, `PART_OF` → `partOf`. */
function camel(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/**
 * @neo4j/graphql has no "relations of any type" field, so each relation type becomes two fields
 * (`enablesOut`, `enablesIn`); the bench asks for all of them where this API asks for `relations`.
 */
export const RELATION_FIELDS = RELATION_TYPES.flatMap((type) =>
  (['OUT', 'IN'] as const).map((direction) => ({
    type,
    direction,
    field: `${camel(type)}${direction === 'OUT' ? 'Out' : 'In'}`,
  })),
);

const queries = loadNamedQueries(path.join(CYPHER_DIR, 'queries'));

/**
 * A named query as a @cypher statement that returns one map per row in the column `row`; a
 * column may be reshaped by an expression (the API's statements return some rows as lists, which
 * @cypher fields cannot map onto object types).
 */
function wrap(name: string, columns: (string | [column: string, expression: string])[]): string {
  const text = queries.get(name);
  if (!text) throw new Error(`Unknown named query "${name}"`);
  const map = columns
    .map((c) => (typeof c === 'string' ? `${c}: ${c}` : `${c[0]}: ${c[1]}`))
    .join(', ');
  return `CALL () {\n${text}\n}\nRETURN { ${map} } AS row`;
}

const relationFields = RELATION_FIELDS.map(
  ({ type, direction, field }) =>
    `${field}: [Concept!]!
    @relationship(type: "${type}", direction: ${direction}, properties: "RelationEvidence")`,
).join('\n  ');

/**
 * The same graph described for @neo4j/graphql. Search, neighbourhood and paths have no generated
 * equivalent, so they are @cypher fields running this API's own named queries.
 */
export const PEER_TYPE_DEFS = `
type Concept @node {
  key: String!
  kind: String!
  name: String!
  summary: String
  aliases: [String!]
  evidence: [Section!]! @relationship(type: "EVIDENCED_IN", direction: OUT, properties: "Evidence")
  ${relationFields}
}

type Evidence @relationshipProperties {
  basis: String!
  sourceUrl: String
  note: String
}

type RelationEvidence @relationshipProperties {
  evidenceSections: [String!]
  evidenceBases: [String!]
}

type Section @node {
  key: String!
  number: String!
  title: String!
  order: Int!
  children: [Section!]! @relationship(type: "HAS_SUBSECTION", direction: OUT)
}

type Paper @node {
  key: String!
  title: String!
  outline: [Section!]! @relationship(type: "HAS_SECTION", direction: OUT)
  sectionCount: Int!
    @cypher(
      statement: "RETURN COUNT { (s:Section) WHERE s.paper = this.key } AS n"
      columnName: "n"
    )
}

type ConceptProps {
  key: String!
  kind: String!
  name: String!
  summary: String
}

type Hit {
  concept: ConceptProps!
  score: Float!
}

type Edge {
  type: String!
  from: String!
  to: String!
}

type Subgraph {
  nodes: [ConceptProps!]!
  edges: [Edge!]!
  truncated: Boolean!
}

type Path {
  concepts: [ConceptProps!]!
  relations: [Edge!]!
}

type Query {
  search(
    queryEn: String!
    queryZh: String!
    exact: [String!]!
    kinds: [String!]!
    first: Int!
    candidates: Int!
  ): [Hit!]!
    @cypher(statement: """${wrap('searchConcepts', ['concept', 'score'])}""", columnName: "row")
  neighborhood(
    key: String!
    depth: Int!
    limit: Int!
    types: [String!]!
    briefNodes: Boolean!
    edgeEvidence: Boolean!
  ): Subgraph
    @cypher(
      statement: """${wrap('neighborhood', [
        ['nodes', '[n IN nodes | {key: n[0], kind: n[1], name: n[2]}]'],
        ['edges', '[e IN edges | {type: e[0], from: e[1], to: e[2]}]'],
        'truncated',
      ])}"""
      columnName: "row"
    )
  paths(from: String!, to: String!, maxHops: Int!, first: Int!, types: [String!]!): [Path!]!
    @cypher(statement: """${wrap('shortestPaths', ['concepts', 'relations'])}""", columnName: "row")
}
`;
