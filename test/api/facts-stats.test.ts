import { startTestApp, TestApp } from '../helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface FactShape {
  __typename: string;
  key: string;
  statement: string;
  zh: string;
  value: number | null;
  unit: string | null;
  asOf: string | null;
  about: { key: string }[];
  evidence: { basis: string; sourceUrl: string | null; section: { number: string } }[];
}

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const body = await app.graphql<T>(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const FACTS = `query($about: String, $first: Int) {
  facts(about: $about, first: $first) {
    __typename key statement zh: statement(lang: ZH) value unit asOf
    about { key } evidence { basis sourceUrl section { number } }
  }
}`;

describe('facts', () => {
  it('lists facts by key, each about concepts and evidenced in a section', async () => {
    const { facts } = await data<{ facts: FactShape[] }>(FACTS, { first: 100 });
    expect(facts.length).toBeGreaterThan(0);
    const keys = facts.map((f) => f.key);
    expect(keys).toEqual([...keys].sort());
    for (const fact of facts) {
      expect(fact.__typename).toBe('Fact');
      expect(fact.statement.length).toBeGreaterThan(0);
      expect(fact.zh.length).toBeGreaterThan(0);
      expect(fact.about.length).toBeGreaterThan(0);
      expect(fact.evidence.length).toBeGreaterThan(0);
      if (fact.asOf) expect(fact.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      for (const evidence of fact.evidence) {
        if (evidence.basis === 'SOURCE') expect(evidence.sourceUrl).toMatch(/^https?:\/\//);
      }
    }
    const { facts: two } = await data<{ facts: FactShape[] }>(FACTS, { first: 2 });
    expect(two.map((f) => f.key)).toEqual(keys.slice(0, 2));
  });

  it('keeps only facts about the given concept', async () => {
    const { facts: all } = await data<{ facts: FactShape[] }>(FACTS, { first: 100 });
    const { facts } = await data<{ facts: FactShape[] }>(FACTS, { about: 'caict', first: 100 });
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.about.some((c) => c.key === 'caict'))).toBe(true);
    expect(facts).toHaveLength(all.filter((f) => f.about.some((c) => c.key === 'caict')).length);
    expect(await data(FACTS, { about: 'no-such-concept' })).toEqual({ facts: [] });
  });
});

describe('stats', () => {
  it('agrees with what the lists show', async () => {
    const { stats, papers, facts } = await data<{
      stats: {
        papers: number;
        sections: number;
        concepts: number;
        relations: number;
        facts: number;
        byKind: { kind: string; count: number }[];
      };
      papers: { sectionCount: number }[];
      facts: unknown[];
    }>(
      '{ stats { papers sections concepts relations facts byKind { kind count } } papers { sectionCount } facts(first: 100) { key } }',
    );
    expect(stats.papers).toBe(papers.length);
    expect(stats.sections).toBe(papers.reduce((sum, p) => sum + p.sectionCount, 0));
    expect(stats.facts).toBe(facts.length);
    expect(stats.byKind.map((k) => k.kind)).toEqual([
      'TECHNOLOGY',
      'TREND',
      'INDUSTRY',
      'CHALLENGE',
      'SUGGESTION',
      'GOVERNANCE_MODE',
      'POLICY',
      'ORGANIZATION',
      'REGION',
    ]);
    expect(stats.byKind.reduce((sum, k) => sum + k.count, 0)).toBe(stats.concepts);

    for (const { kind, count } of stats.byKind) {
      const { concepts } = await data<{ concepts: { totalCount: number } }>(
        'query($kinds: [ConceptKind!]) { concepts(filter: { kinds: $kinds }, first: 0) { totalCount } }',
        { kinds: [kind] },
      );
      expect(concepts.totalCount).toBe(count);
    }

    // Every relation has exactly one `from`: the out-degrees add up to the relation count.
    let outgoing = 0;
    let after: string | null = null;
    for (;;) {
      const {
        concepts,
      }: {
        concepts: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { relations: { totalCount: number } } }[];
        };
      } = await data(
        `query($after: String) { concepts(first: 100, after: $after) {
            pageInfo { hasNextPage endCursor } edges { node { relations(direction: OUT, first: 0) { totalCount } } }
          } }`,
        { after },
      );
      outgoing += concepts.edges.reduce((sum, e) => sum + e.node.relations.totalCount, 0);
      if (!concepts.pageInfo.hasNextPage) break;
      after = concepts.pageInfo.endCursor;
    }
    expect(stats.relations).toBe(outgoing);
  });
});
