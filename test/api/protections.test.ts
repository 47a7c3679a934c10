import { SEARCH_WORD_COST } from '../../src/cost/field-cost';
import { startTestApp, TestApp } from '../helpers/app';

const LIMIT = 5000;
let app: TestApp;
const queries: string[] = [];
beforeAll(async () => {
  app = await startTestApp(
    { MAX_QUERY_DEPTH: '10', MAX_ALIASES: '20', MAX_QUERY_COST: String(LIMIT) },
    (name) => queries.push(name),
  );
});
afterAll(() => app.close());
beforeEach(() => queries.splice(0));

type Refusal = {
  message: string;
  locations?: { line: number; column: number }[];
  extensions?: Record<string, unknown>;
};

async function refused(query: string, variables?: Record<string, unknown>): Promise<Refusal> {
  const body = await app.graphql(query, variables);
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  // Refused before execution: not one query reached Neo4j.
  expect(queries).toEqual([]);
  const error = body.errors![0] as Refusal;
  expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(error.message).not.toMatch(/^Syntax Error/);
  expect(error.locations?.length).toBeGreaterThan(0);
  return error;
}

async function costOf(query: string, variables?: Record<string, unknown>): Promise<number> {
  const body = await app.graphql(query, variables);
  expect(body.errors).toBeUndefined();
  const cost = (body as { extensions?: { cost?: { requested: number; limit: number } } }).extensions
    ?.cost;
  expect(cost?.limit).toBe(LIMIT);
  return cost!.requested;
}

/** The cost of a refused operation, as the refusal reports it. */
async function refusedCost(query: string, variables?: Record<string, unknown>): Promise<number> {
  const error = await refused(query, variables);
  expect(error.message).toMatch(/cost/);
  expect(error.extensions?.limit).toBe(LIMIT);
  expect(error.extensions?.cost).toBeGreaterThan(LIMIT);
  return error.extensions!.cost as number;
}

describe('query bombs', () => {
  it('refuses a depth bomb before any Cypher runs', async () => {
    const nest = (depth: number): string =>
      depth === 0 ? 'key' : `relations { edges { node { from { key ${nest(depth - 1)} } } } }`;
    const error = await refused(`{ concept(key: "cross-chain") { ${nest(6)} } }`);
    expect(error.message).toMatch(/depth/i);
  });

  it('refuses an alias bomb before any Cypher runs', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: stats { concepts }`).join('\n');
    const error = await refused(`{ ${aliases} }`);
    expect(error.message).toMatch(/alias/i);
  });

  it('counts aliases of __typename, and fields aliased as __typename', async () => {
    const typenames = Array.from({ length: 21 }, (_, i) => `t${i}: __typename`).join(' ');
    expect((await refused(`{ ${typenames} }`)).message).toMatch(/alias/i);
    const twenty = Array.from({ length: 20 }, (_, i) => `t${i}: __typename`).join(' ');
    const error = await refused(`{ ${twenty} __typename: stats { concepts } }`);
    expect(error.message).toMatch(/alias/i);
  });

  it('refuses a costly query before any Cypher runs, with its cost and the limit', async () => {
    const fields = 'key kind name summary aliases degree names { lang text original }';
    const error = await refused(
      `{ concepts(first: 100) { edges { node { ${fields} relations { edges { node { from { ${fields} } to { ${fields} } } } } } } } }`,
    );
    expect(error.message).toMatch(/cost/i);
    expect(error.extensions?.cost).toBeGreaterThan(LIMIT);
  });

  it('still answers an ordinary nested query, reporting its cost', async () => {
    const cost = await costOf(
      '{ concept(key: "cross-chain") { key relations(first: 3) { edges { node { to { key } } } } } }',
    );
    expect(cost).toBeGreaterThan(3);
    expect(queries.length).toBeGreaterThan(0);
  });
});

describe('the neighbourhood bypass', () => {
  const bomb = (neighborhoodArgs: string, first: string) =>
    `query Bomb${first.includes('$n') ? '($n: Int)' : ''} { ${Array.from(
      { length: 20 },
      (_, i) =>
        `a${i}: neighborhood(key: "china", depth: 3${neighborhoodArgs}) { nodes { relations${first} { edges { node { to { relations${first} { edges { node { sentence } } } } } } } } }`,
    ).join(' ')} }`;

  it('costs first: $n like the literal it stands for', async () => {
    const withVariable = await refusedCost(bomb(', limit: 500', '(first: $n)'), { n: 100 });
    expect(withVariable).toBe(await refusedCost(bomb(', limit: 500', '(first: 100)')));
  });

  it('costs an omitted first and an omitted limit at their defaults', async () => {
    expect(await refusedCost(bomb(', limit: 500', ''))).toBe(
      await refusedCost(bomb(', limit: 500', '(first: 20)')),
    );
    expect(await refusedCost(bomb('', '(first: $n)'), { n: 100 })).toBe(
      await refusedCost(bomb(', limit: 100', '(first: 100)')),
    );
  });

  it('grows with limit and depth', async () => {
    const one = (args: string) => `{ neighborhood(key: "china"${args}) { nodes { key } } }`;
    const small = await costOf(one(', limit: 10'));
    expect(await costOf(one(', limit: 20'))).toBeGreaterThan(small);
    expect(await costOf(one(', limit: 10, depth: 2'))).toBeGreaterThan(small);
  });

  it('does not let a negative size lower the cost', async () => {
    const body = await app.graphql(
      '{ a: neighborhood(key: "china", limit: -100000) { nodes { key } } b: concepts(first: -5) { totalCount } }',
    );
    // The resolvers refuse the sizes; the cost counted them as no less than the smallest answers.
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    const cost = (body as { extensions?: { cost?: { requested: number } } }).extensions?.cost;
    expect(cost?.requested).toBeGreaterThanOrEqual(
      await costOf(
        '{ a: neighborhood(key: "china", limit: 1) { nodes { key } } b: concepts(first: 0) { totalCount } }',
      ),
    );
  });
});

describe('what else is counted', () => {
  it('counts search by its number of words', async () => {
    const search = (text: string) =>
      costOf('query S($t: String!) { search(text: $t) { score } }', { t: text });
    expect((await search('alpha bravo charlie')) - (await search('alpha'))).toBe(
      2 * SEARCH_WORD_COST,
    );
  });

  it('counts nodes by its ids', async () => {
    const { data } = await app.graphql<{ concept: { id: string } }>(
      '{ concept(key: "cross-chain") { id } }',
    );
    const nodes = (n: number) =>
      costOf('query N($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: Array.from({ length: n }, () => data!.concept.id),
      });
    expect(await nodes(10)).toBeGreaterThan(await nodes(1));
  });

  it('counts paths by maxHops and first', async () => {
    const paths = (args: string) =>
      costOf(
        `{ paths(from: "smart-contract", to: "cross-chain"${args}) { length concepts { key } } }`,
      );
    const base = await paths(', maxHops: 2, first: 1');
    expect(await paths(', maxHops: 4, first: 1')).toBeGreaterThan(base);
    expect(await paths(', maxHops: 2, first: 5')).toBeGreaterThan(base);
  });

  it('counts introspection and __typename', async () => {
    expect(await costOf('{ __typename }')).toBe(1);
    expect(await costOf('{ a: __typename b: __typename c: __typename }')).toBe(3);
    expect(await costOf('{ __schema { types { name fields { name } } } }')).toBeGreaterThan(10);
  });
});
