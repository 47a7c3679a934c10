import { Params } from '../../src/neo4j/database';
import { startTestApp, TestApp } from '../helpers/app';

// A concept page or list reads of each relation only what its selection asks for (see the
// relationPage query part): these tests check that the lean answers equal the full ones.

let sent: { name: string; params: Params }[] = [];
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ RESPONSE_CACHE_MB: '0' }, (name, params) =>
    sent.push({ name, params }),
  );
});
afterAll(() => app.close());

type Edge = { cursor?: string; node: Record<string, unknown> };
type Page = { edges: Edge[]; pageInfo?: { endCursor: string | null; hasNextPage: boolean } };
type End = { key: string; name: string; nameZh: string };

async function ask<T>(query: string, variables: Record<string, unknown> = {}) {
  sent = [];
  const body = await app.graphql<T>(query, variables);
  expect(body.errors).toBeUndefined();
  return { data: body.data!, sent: [...sent] };
}

const projectionOf = (params: Params) => ({
  relationCursors: params.relationCursors,
  relationEvidence: params.relationEvidence,
  briefEnds: params.briefEnds,
});

const KEY = 'smart-contract';

describe('what a relations page reads of each relation', () => {
  it('naming fields of the ends are read briefly, and equal what a full read gives', async () => {
    const lean = await ask<{ concept: { relations: Page } }>(
      `query($key: String!) { concept(key: $key) { relations(first: 50) { edges { node {
        type from { key kind name nameZh: name(lang: ZH) } to { key kind name nameZh: name(lang: ZH) }
      } } } } }`,
      { key: KEY },
    );
    expect(lean.sent).toHaveLength(1);
    expect(projectionOf(lean.sent[0].params)).toEqual({
      relationCursors: false,
      relationEvidence: false,
      briefEnds: true,
    });

    const full = await ask<{ concept: { relations: Page } }>(
      `query($key: String!) { concept(key: $key) { relations(first: 50) { edges { node {
        type from { key kind name nameZh: name(lang: ZH) summary } to { key kind name nameZh: name(lang: ZH) summary }
      } } } } }`,
      { key: KEY },
    );
    expect(projectionOf(full.sent[0].params).briefEnds).toBe(false);

    const leanEdges = lean.data.concept.relations.edges;
    const fullEdges = full.data.concept.relations.edges;
    expect(leanEdges.length).toBeGreaterThan(3);
    const withoutSummaries = fullEdges.map(({ node }) => {
      const end = (e: unknown) => {
        const { summary: _summary, ...rest } = e as Record<string, unknown>;
        return rest;
      };
      return { node: { ...node, from: end(node.from), to: end(node.to) } };
    });
    expect(leanEdges).toEqual(withoutSummaries);
    // Some end has a Chinese name, so the brief read did carry it.
    expect(leanEdges.some(({ node }) => (node.to as End).nameZh !== (node.to as End).name)).toBe(
      true,
    );
  });

  it('sentences read briefly equal those of a full read, in both languages', async () => {
    const query = (extra: string) =>
      `query($key: String!) { concept(key: $key) { relations(first: 50) { edges { node {
        en: sentence zh: sentence(lang: ZH) from { key ${extra} } to { key ${extra} } } } } } }`;
    // "Internet courts" is plural, so its English verbs agree with it.
    const lean = await ask<{ concept: { relations: Page } }>(query(''), { key: 'internet-courts' });
    expect(projectionOf(lean.sent[0].params)).toMatchObject({
      relationEvidence: true,
      briefEnds: true,
    });
    const full = await ask<{ concept: { relations: Page } }>(query('aliases'), {
      key: 'internet-courts',
    });
    expect(projectionOf(full.sent[0].params).briefEnds).toBe(false);
    expect(lean.data.concept.relations.edges).toEqual(
      full.data.concept.relations.edges.map(({ node }) => ({
        node: {
          ...node,
          from: { key: (node.from as { key: string }).key },
          to: { key: (node.to as { key: string }).key },
        },
      })),
    );
    // The brief read carried the plural too.
    expect(lean.data.concept.relations.edges.map(({ node }) => node.en)).toContain(
      'Internet courts are located in China (curated: IV.(1).3).',
    );
  });

  it('every alias of the same page is served what it selects, from one statement', async () => {
    const { data, sent: queries } = await ask<{ concept: { a: Page; b: Page } }>(
      `query($key: String!) { concept(key: $key) {
        a: relations(first: 10) { edges { node { to { key } } } }
        b: relations(first: 10) { edges { cursor node { evidence { basis } to { key summary } } } }
      } }`,
      { key: KEY },
    );
    expect(queries).toHaveLength(1);
    expect(projectionOf(queries[0].params)).toEqual({
      relationCursors: true,
      relationEvidence: true,
      briefEnds: false,
    });
    const { a, b } = data.concept;
    expect(a.edges.map((e) => e.node.to)).toEqual(
      b.edges.map((e) => ({ key: (e.node.to as { key: string }).key })),
    );
    expect(b.edges.every((e) => typeof e.cursor === 'string' && e.cursor.length > 0)).toBe(true);
    expect(b.edges.every((e) => (e.node.evidence as unknown[]).length > 0)).toBe(true);
    expect(b.edges.some((e) => (e.node.to as { summary: string | null }).summary)).toBe(true);
  });

  it('cursors are read when the page info asks for them, and page on without overlap', async () => {
    const query = `query($after: String) { concepts(first: 3) { edges { node { key
      relations(first: 2, after: $after) { pageInfo { endCursor hasNextPage } edges { node { to { key } from { key } } } }
    } } } }`;
    type List = { concepts: { edges: { node: { key: string; relations: Page } }[] } };
    const first = await ask<List>(query);
    expect(projectionOf(first.sent[0].params).relationCursors).toBe(true);
    const busy = first.data.concepts.edges.find((e) => e.node.relations.pageInfo?.hasNextPage);
    expect(busy).toBeDefined();
    const after = busy!.node.relations.pageInfo!.endCursor;
    const next = await ask<{ concept: { relations: Page } }>(
      `query($key: String!, $after: String) { concept(key: $key) {
        relations(first: 2, after: $after) { edges { node { to { key } from { key } } } } } }`,
      { key: busy!.node.key, after },
    );
    const pairOf = (e: Edge) => JSON.stringify([e.node.from, e.node.to]);
    const seen = new Set(busy!.node.relations.edges.map(pairOf));
    expect(next.data.concept.relations.edges.length).toBeGreaterThan(0);
    expect(next.data.concept.relations.edges.filter((e) => seen.has(pairOf(e)))).toEqual([]);
  });
});

describe('what a neighbourhood reads of its nodes and edges', () => {
  type Subgraph = { neighborhood: { nodes: Record<string, unknown>[]; edges: Edge['node'][] } };
  const query = (node: string, end: string, edge = '') =>
    `query($key: String!) { neighborhood(key: $key, depth: 2) {
      nodes { ${node} } edges { type ${edge} from { ${end} } to { ${end} } } } }`;

  it('naming fields are read briefly, and equal what a full read gives', async () => {
    const lean = await ask<Subgraph>(query('key kind name', 'key name(lang: ZH)'), {
      key: 'cross-chain',
    });
    expect(lean.sent.map((s) => s.name)).toEqual(['neighborhood']);
    expect(lean.sent[0].params).toMatchObject({ briefNodes: true, edgeEvidence: false });
    const full = await ask<Subgraph>(query('key kind name summary', 'key name(lang: ZH)'), {
      key: 'cross-chain',
    });
    expect(full.sent[0].params).toMatchObject({ briefNodes: false });
    expect(lean.data.neighborhood.edges).toEqual(full.data.neighborhood.edges);
    expect(lean.data.neighborhood.nodes).toEqual(
      full.data.neighborhood.nodes.map(({ summary: _summary, ...rest }) => rest),
    );
    expect(lean.data.neighborhood.edges.length).toBeGreaterThan(5);
  });

  it("an edge's end asking for more than naming fields makes every node whole", async () => {
    const { data, sent: queries } = await ask<Subgraph>(query('key', 'key summary', 'sentence'), {
      key: 'cross-chain',
    });
    // Sentences cite section numbers, which a second statement reads for all edges at once.
    expect(queries.map((q) => q.name)).toEqual(['neighborhood', 'sectionsByKeys']);
    expect(queries[0].params).toMatchObject({ briefNodes: false, edgeEvidence: true });
    const edges = data.neighborhood.edges;
    expect(edges.some((e) => (e.from as { summary: string | null }).summary)).toBe(true);
    expect(edges.every((e) => /\((heading|source|curated): /.test(String(e.sentence)))).toBe(true);
  });
});
