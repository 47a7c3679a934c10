import { startTestApp, TestApp } from '../helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface Edge {
  type: string;
  from: { key: string };
  to: { key: string };
}

interface Subgraph {
  truncated: boolean;
  nodes: { key: string }[];
  edges: Edge[];
}

interface PathShape {
  length: number;
  concepts: { key: string }[];
  relations: (Edge & {
    sentence: string;
    zh: string;
    evidence: { section: { number: string } }[];
  })[];
  explanation: string;
  zh: string;
}

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const body = await app.graphql<T>(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

async function neighborhood(key: string, args: Record<string, unknown> = {}): Promise<Subgraph> {
  const { neighborhood: result } = await data<{ neighborhood: Subgraph }>(
    `query($key: String!, $depth: Int, $types: [RelationType!], $limit: Int) {
      neighborhood(key: $key, depth: $depth, types: $types, limit: $limit) {
        truncated nodes { key } edges { type from { key } to { key } }
      }
    }`,
    { key, ...args },
  );
  return result;
}

async function neighbours(key: string, types?: string[]): Promise<string[]> {
  const { concept } = await data<{ concept: { relations: { edges: { node: Edge }[] } } }>(
    `query($key: String!, $types: [RelationType!], $first: Int) {
      concept(key: $key) { relations(first: $first, types: $types) { edges { node { type from { key } to { key } } } } }
    }`,
    { key, types, first: 100 },
  );
  const others = concept.relations.edges.map(({ node }) =>
    node.from.key === key ? node.to.key : node.from.key,
  );
  return [...new Set(others)];
}

describe('neighborhood', () => {
  it('returns the centre and its direct neighbours at depth 1, with the relations among them', async () => {
    const result = await neighborhood('cross-chain');
    const keys = result.nodes.map((n) => n.key);
    expect(keys[0]).toBe('cross-chain');
    expect(keys.slice(1).sort()).toEqual((await neighbours('cross-chain')).sort());
    expect(result.truncated).toBe(false);
    for (const edge of result.edges) {
      expect(keys).toContain(edge.from.key);
      expect(keys).toContain(edge.to.key);
    }
    expect(result.edges.length).toBeGreaterThanOrEqual(keys.length - 1);
  });

  it('grows with depth, nearest first', async () => {
    const one = await neighborhood('cross-chain', { depth: 1 });
    const two = await neighborhood('cross-chain', { depth: 2, limit: 500 });
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    // The depth-1 concepts come first (the list is ordered by distance).
    expect(new Set(two.nodes.slice(0, one.nodes.length).map((n) => n.key))).toEqual(
      new Set(one.nodes.map((n) => n.key)),
    );
  });

  it('cuts at limit and says so', async () => {
    const cut = await neighborhood('cross-chain', { depth: 2, limit: 5 });
    expect(cut.nodes).toHaveLength(5);
    expect(cut.truncated).toBe(true);
    const keys = cut.nodes.map((n) => n.key);
    for (const edge of cut.edges)
      expect(keys).toEqual(expect.arrayContaining([edge.from.key, edge.to.key]));
  });

  it('follows only the requested relation types', async () => {
    const result = await neighborhood('cross-chain', { depth: 2, types: ['PART_OF'] });
    expect(result.edges.length).toBeGreaterThan(0);
    expect(result.edges.every((e) => e.type === 'PART_OF')).toBe(true);
    const partOf = await neighbours('cross-chain', ['PART_OF']);
    for (const key of partOf) expect(result.nodes.map((n) => n.key)).toContain(key);
  });

  it('returns an empty subgraph for an unknown key', async () => {
    expect(await neighborhood('no-such-concept')).toEqual({
      truncated: false,
      nodes: [],
      edges: [],
    });
  });
});

describe('paths', () => {
  const query = `query($from: String!, $to: String!, $maxHops: Int, $types: [RelationType!], $first: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, types: $types, first: $first) {
      length concepts { key } explanation zh: explanation(lang: ZH)
      relations { type from { key } to { key } sentence zh: sentence(lang: ZH) evidence { section { number } } }
    }
  }`;
  const paths = async (variables: Record<string, unknown>) =>
    (await data<{ paths: PathShape[] }>(query, variables)).paths;

  it('finds shortest simple paths whose hops link consecutive concepts, in their real direction', async () => {
    const found = await paths({
      from: 'cross-chain',
      to: 'supply-chain-finance',
      first: 5,
      maxHops: 5,
    });
    expect(found.length).toBeGreaterThan(1);
    const lengths = found.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of found) {
      expect(path.length).toBeLessThanOrEqual(5);
      expect(path.relations).toHaveLength(path.length);
      expect(path.concepts).toHaveLength(path.length + 1);
      expect(path.concepts[0].key).toBe('cross-chain');
      expect(path.concepts.at(-1)!.key).toBe('supply-chain-finance');
      expect(new Set(path.concepts.map((c) => c.key)).size).toBe(path.concepts.length);
      path.relations.forEach((relation, i) => {
        const ends = [path.concepts[i].key, path.concepts[i + 1].key].sort();
        expect([relation.from.key, relation.to.key].sort()).toEqual(ends);
      });
      expect(path.explanation).toBe(path.relations.map((r) => r.sentence).join(' '));
      expect(path.zh).toBe(path.relations.map((r) => r.zh).join(''));
      for (const relation of path.relations) {
        for (const { section } of relation.evidence)
          expect(path.explanation).toContain(section.number);
      }
    }
  });

  it('honours first, maxHops and types', async () => {
    const one = await paths({ from: 'cross-chain', to: 'supply-chain-finance', first: 1 });
    expect(one).toHaveLength(1);
    const shortest = one[0].length;
    expect(
      await paths({ from: 'cross-chain', to: 'supply-chain-finance', maxHops: shortest - 1 }),
    ).toEqual([]);
    const typed = await paths({
      from: 'cross-chain',
      to: 'supply-chain-finance',
      types: ['APPLIED_IN'],
      maxHops: 6,
    });
    for (const path of typed)
      expect(path.relations.every((r) => r.type === 'APPLIED_IN')).toBe(true);
  });

  it('is empty for unknown keys and for a concept and itself', async () => {
    expect(await paths({ from: 'no-such-concept', to: 'cross-chain' })).toEqual([]);
    expect(await paths({ from: 'cross-chain', to: 'cross-chain' })).toEqual([]);
  });
});

describe('coMentioned', () => {
  it('ranks concepts by the number of sections they share with the concept, then by name', async () => {
    const { coMentioned, concept } = await data<{
      coMentioned: {
        count: number;
        concept: { key: string; name: string; sections: { key: string }[] };
        sharedSections: { key: string; order: number }[];
      }[];
      concept: { sections: { key: string }[] };
    }>(`{
      coMentioned(key: "cross-chain", first: 50) { count concept { key name sections { key } } sharedSections { key order } }
      concept(key: "cross-chain") { sections { key } }
    }`);
    expect(coMentioned.length).toBeGreaterThan(0);
    const own = concept.sections.map((s) => s.key);
    for (const mention of coMentioned) {
      expect(mention.concept.key).not.toBe('cross-chain');
      expect(mention.sharedSections).toHaveLength(mention.count);
      const theirs = mention.concept.sections.map((s) => s.key);
      for (const section of mention.sharedSections) {
        expect(own).toContain(section.key);
        expect(theirs).toContain(section.key);
      }
      expect(mention.count).toBe(own.filter((key) => theirs.includes(key)).length);
    }
    for (let i = 1; i < coMentioned.length; i++) {
      const [a, b] = [coMentioned[i - 1], coMentioned[i]];
      expect(
        a.count > b.count ||
          (a.count === b.count && a.concept.name.toLowerCase() <= b.concept.name.toLowerCase()),
      ).toBe(true);
    }
    const { coMentioned: top } = await data<{ coMentioned: { concept: { key: string } }[] }>(
      '{ coMentioned(key: "cross-chain", first: 2) { concept { key } } }',
    );
    expect(top.map((m) => m.concept.key)).toEqual(
      coMentioned.slice(0, 2).map((m) => m.concept.key),
    );
  });

  it('is empty for an unknown key', async () => {
    expect(await data('{ coMentioned(key: "no-such-concept") { count } }')).toEqual({
      coMentioned: [],
    });
  });
});
