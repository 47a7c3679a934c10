import neo4j from 'neo4j-driver';
import { ALL_CONCEPT_KINDS, ALL_RELATION_TYPES } from '../../src/modules/common/common.enums';
import { indexQueries } from '../../src/modules/search/search.lucene';
import { openTestDatabase } from '../helpers/neo4j';
import { PlanNode, planOperators } from '../helpers/plan';

const { db, close } = openTestDatabase();
afterAll(() => close());

/** Operator names and details of the plan Neo4j would run for a named query. */
async function plan(name: string, params: Record<string, unknown>): Promise<string[]> {
  const result = await db.driver.executeQuery(`EXPLAIN ${db.text(name)}`, params, {
    database: db.name,
  });
  return planOperators(result.summary.plan as unknown as PlanNode);
}

const int = (n: number) => neo4j.int(n);

/** Parameters of an unfiltered first page of the concept list. */
const LIST = {
  kinds: ALL_CONCEPT_KINDS,
  section: null,
  bases: null,
  needle: null,
  orderBy: 'NAME',
  relationTypes: ALL_RELATION_TYPES,
  after: null,
  before: null,
  backward: false,
  limit: int(21),
  relations: null,
  withSections: false,
};

describe('hot lookups use an index', () => {
  it('concept by key seeks the unique key index', async () => {
    const lines = await plan('conceptsByKeys', { keys: ['cross-chain'] });
    expect(lines.some((l) => /^NodeUniqueIndexSeek.*:Concept\(key\)/.test(l))).toBe(true);
    expect(lines.some((l) => /^(AllNodesScan|NodeByLabelScan)/.test(l))).toBe(false);
  });

  it('section by key seeks the unique key index', async () => {
    const lines = await plan('sectionsByKeys', { keys: ['caict-blockchain-2020/II.(1).1'] });
    expect(lines.some((l) => /^NodeUniqueIndexSeek.*:Section\(key\)/.test(l))).toBe(true);
  });

  it('the concept list by name reads the sortName index in order and stops at the page', async () => {
    const lines = await plan('conceptsByName', {
      ...LIST,
      after: ['cross', 'cross-chain'],
    });
    expect(lines.some((l) => /^NodeIndexSeekByRange.*:Concept\(sortName\)/.test(l))).toBe(true);
    // Ordered by the index: a partial sort of ties only, never a sort of every concept.
    expect(lines.some((l) => /^PartialTop/.test(l))).toBe(true);
    expect(lines.some((l) => /^(Sort|Top) .*sortName/.test(l))).toBe(false);
    expect(lines.some((l) => /^(NodeByLabelScan|AllNodesScan)/.test(l))).toBe(false);
    // Its total comes from the count store, not from counting nodes.
    expect(lines.some((l) => /^NodeCountFromCountStore/.test(l))).toBe(true);
  });

  it('the concept list read backwards uses the same index', async () => {
    const lines = await plan('conceptsByNameBackward', { ...LIST, backward: true });
    expect(lines.some((l) => /^NodeIndexSeekByRange.*:Concept\(sortName\)/.test(l))).toBe(true);
    expect(lines.some((l) => /^PartialTop .*DESC/.test(l))).toBe(true);
  });

  it('the outline and its section count walk the paper, never every section', async () => {
    for (const [name, params] of [
      ['paperWithOutline', { key: 'caict-blockchain-2020' }],
      ['paperSectionCounts', { keys: ['caict-blockchain-2020'] }],
    ] as const) {
      const lines = await plan(name, params);
      expect(lines.some((l) => /^NodeUniqueIndexSeek.*:Paper\(key\)/.test(l))).toBe(true);
      expect(lines.some((l) => /^(NodeByLabelScan|AllNodesScan|NodeIndexScan)/.test(l))).toBe(
        false,
      );
    }
  });

  it('search calls the full-text procedure once per index', async () => {
    const lines = await plan('searchConcepts', {
      queryEn: indexQueries('consensus').en,
      queryZh: indexQueries('consensus').zh,
      exact: ['consensus'],
      kinds: ALL_CONCEPT_KINDS,
      first: int(10),
      candidates: int(10),
    });
    // Neo4j shows the index names as auto-parameters; the query text names both indexes.
    const calls = lines.filter((l) => /^ProcedureCall db\.index\.fulltext\.queryNodes\(/.test(l));
    expect(calls).toHaveLength(2);
    // Each index hands over only its best hits: the limit is an argument of the call itself.
    expect(calls.every((l) => /\$candidates/.test(l))).toBe(true);
    expect(lines.some((l) => /^(AllNodesScan|NodeByLabelScan)/.test(l))).toBe(false);
    expect(db.text('searchConcepts')).toMatch(/concept_text_en[\s\S]*concept_text_zh/);
  });

  it('traversals start from a key seek', async () => {
    const neighborhood = await plan('neighborhood', {
      key: 'cross-chain',
      depth: int(1),
      limit: int(100),
      types: ALL_RELATION_TYPES,
      briefNodes: false,
      edgeEvidence: true,
    });
    expect(neighborhood.some((l) => /^NodeUniqueIndexSeek.*:Concept\(key\)/.test(l))).toBe(true);
    const paths = await plan('shortestPaths', {
      from: 'cross-chain',
      to: 'finance',
      maxHops: int(4),
      first: int(3),
      types: ALL_RELATION_TYPES,
    });
    expect(paths.filter((l) => /^NodeUniqueIndexSeek.*:Concept\(key\)/.test(l)).length).toBe(2);
  });
});
