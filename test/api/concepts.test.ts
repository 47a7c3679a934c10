import { toGlobalId } from '../../src/graphql/ids';
import { startTestApp, TestApp } from '../helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface Listed {
  key: string;
  kind: string;
  name: string;
  nameZh: string;
  aliases: string[];
  degree: number;
  evidence: { basis: string; section: { key: string; order: number } }[];
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Listed }[];
}

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const body = await app.graphql<T>(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** Walks every page of `concepts` and checks that the pages agree with totalCount. */
async function walk(variables: Record<string, unknown>, first = 40): Promise<Listed[]> {
  const items: Listed[] = [];
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const { concepts }: { concepts: Page } = await data(
      `query($filter: ConceptFilter, $orderBy: ConceptOrder, $first: Int, $after: String) {
        concepts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { key kind name nameZh: name(lang: ZH) aliases degree evidence { basis section { key order } } } }
        }
      }`,
      { ...variables, first, after },
    );
    total = concepts.totalCount;
    items.push(...concepts.edges.map((edge) => edge.node));
    if (concepts.edges.length)
      expect(concepts.pageInfo.endCursor).toBe(concepts.edges.at(-1)!.cursor);
    if (!concepts.pageInfo.hasNextPage) break;
    after = concepts.pageInfo.endCursor;
  }
  expect(items).toHaveLength(total);
  expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
  return items;
}

const lower = (text: string) => text.toLowerCase();

describe('concept', () => {
  it('returns a concept of the right object type with localized names and evidence', async () => {
    const { concept } = await data<{
      concept: Record<string, unknown> & {
        evidence: { basis: string; sourceUrl: string | null; section: { number: string } }[];
        sections: { number: string; order: number }[];
      };
    }>(`{
      concept(key: "cross-chain") {
        __typename id key kind
        name nameZh: name(lang: ZH) names { lang text original }
        aliases enAliases: aliases(lang: EN) zhAliases: aliases(lang: ZH)
        summary summaryZh: summary(lang: ZH)
        ... on Technology { category }
        evidence { basis sourceUrl note section { number } }
        sections { number order }
      }
    }`);
    expect(concept).toMatchObject({
      __typename: 'Technology',
      id: toGlobalId('Technology', 'cross-chain'),
      key: 'cross-chain',
      kind: 'TECHNOLOGY',
      category: 'EXPANSION',
    });
    expect(concept.names).toEqual([
      { lang: 'EN', text: concept.name, original: false },
      { lang: 'ZH', text: concept.nameZh, original: false },
    ]);
    expect(concept.summary).toEqual(expect.any(String));
    // No Chinese summary exists in the seed: null rather than an invented translation.
    expect(concept.summaryZh).toBeNull();
    expect([...(concept.enAliases as string[]), ...(concept.zhAliases as string[])].sort()).toEqual(
      [...(concept.aliases as string[])].sort(),
    );
    expect(concept.evidence.length).toBeGreaterThan(0);
    for (const evidence of concept.evidence) {
      expect(['HEADING', 'SOURCE', 'CURATED']).toContain(evidence.basis);
      if (evidence.basis === 'SOURCE') expect(evidence.sourceUrl).toMatch(/^https?:\/\//);
    }
    const numbers = concept.sections.map((s) => s.number);
    expect(new Set(numbers)).toEqual(new Set(concept.evidence.map((e) => e.section.number)));
    expect(new Set(numbers).size).toBe(numbers.length);
    const orders = concept.sections.map((s) => s.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('gives each kind its own type and kind-specific fields', async () => {
    const { concepts } = await data<{
      concepts: { edges: { node: { __typename: string; kind: string; scope?: string } }[] };
    }>(`{
      concepts(first: 100, filter: { kinds: [TREND, REGION] }) {
        edges { node { __typename kind ... on Trend { scope } } }
      }
    }`);
    const typeOf: Record<string, string> = { TREND: 'Trend', REGION: 'Region' };
    for (const { node } of concepts.edges) expect(node.__typename).toBe(typeOf[node.kind]);
    expect(concepts.edges.some(({ node }) => node.scope === 'OVERALL')).toBe(true);
  });

  it('answers null for an unknown key', async () => {
    expect(await data('{ concept(key: "no-such-concept") { key } }')).toEqual({ concept: null });
  });
});

describe('concepts', () => {
  it('pages through everything by name, and pages agree with totalCount', async () => {
    const all = await walk({}, 50);
    const names = all.map((c) => lower(c.name));
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const { stats } = await data<{ stats: { concepts: number } }>('{ stats { concepts } }');
    expect(all).toHaveLength(stats.concepts);
  });

  it('orders by degree, most connected first', async () => {
    const all = await walk({ orderBy: 'DEGREE' }, 100);
    const degrees = all.map((c) => c.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(degrees[0]).toBeGreaterThan(degrees.at(-1)!);
  });

  it('orders by first appearance in the outline', async () => {
    const all = await walk({ orderBy: 'OUTLINE' }, 100);
    const firsts = all.map((c) => Math.min(...c.evidence.map((e) => e.section.order)));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it('filters by kinds', async () => {
    const all = await walk({});
    const some = await walk({ filter: { kinds: ['CHALLENGE', 'SUGGESTION'] } });
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length);
    expect(some.every((c) => ['CHALLENGE', 'SUGGESTION'].includes(c.kind))).toBe(true);
    expect(some).toHaveLength(
      all.filter((c) => ['CHALLENGE', 'SUGGESTION'].includes(c.kind)).length,
    );
  });

  it('filters by section key or id, including subsections', async () => {
    const byKey = await walk({ filter: { section: 'caict-blockchain-2020/II.(1)' } });
    const byId = await walk({
      filter: { section: toGlobalId('Section', 'caict-blockchain-2020/II.(1)') },
    });
    expect(byId.map((c) => c.key)).toEqual(byKey.map((c) => c.key));
    const sub = await walk({ filter: { section: 'caict-blockchain-2020/II.(1).1' } });
    expect(sub.length).toBeGreaterThan(0);
    expect(byKey.length).toBeGreaterThan(sub.length);
    for (const concept of sub) expect(byKey.map((c) => c.key)).toContain(concept.key);
    for (const concept of byKey) {
      expect(
        concept.evidence.some((e) => e.section.key.startsWith('caict-blockchain-2020/II.(1)')),
      ).toBe(true);
    }
  });

  it('filters by evidence basis', async () => {
    const all = await walk({});
    const headed = await walk({ filter: { basis: ['HEADING'] } });
    expect(headed.length).toBeGreaterThan(0);
    expect(headed.length).toBeLessThan(all.length);
    expect(headed.every((c) => c.evidence.some((e) => e.basis === 'HEADING'))).toBe(true);
  });

  it('matches nameContains case-insensitively on names and aliases in both languages', async () => {
    const all = await walk({});
    const matches = (needle: string) =>
      all
        .filter((c) =>
          [c.name, c.nameZh, ...c.aliases].some((t) => lower(t).includes(lower(needle))),
        )
        .map((c) => c.key);
    for (const needle of ['CROSS-chain', 'pos', '共识']) {
      const found = await walk({ filter: { nameContains: needle } });
      expect(found.map((c) => c.key).sort()).toEqual(matches(needle).sort());
      expect(found.length).toBeGreaterThan(0);
    }
  });

  it('combines filters, and an unknown section matches nothing', async () => {
    const combined = await walk({
      filter: { kinds: ['TECHNOLOGY'], section: 'caict-blockchain-2020/II', basis: ['CURATED'] },
    });
    expect(combined.length).toBeGreaterThan(0);
    expect(combined.every((c) => c.kind === 'TECHNOLOGY')).toBe(true);
    expect(await walk({ filter: { section: 'caict-blockchain-2020/IX' } })).toEqual([]);
  });

  it('returns an empty page for first: 0 but still counts', async () => {
    const { concepts } = await data<{ concepts: Page }>(
      '{ concepts(first: 0) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }',
    );
    expect(concepts.edges).toEqual([]);
    expect(concepts.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
    expect(concepts.totalCount).toBeGreaterThan(0);
  });
});
