import { startTestApp, TestApp } from '../helpers/app';

let app: TestApp;
const queries: string[] = [];
beforeAll(async () => {
  app = await startTestApp(
    { MAX_QUERY_DEPTH: '10', MAX_ALIASES: '20', MAX_QUERY_COST: '5000' },
    (name) => queries.push(name),
  );
});
afterAll(() => app.close());
beforeEach(() => queries.splice(0));

async function refused(query: string) {
  const body = await app.graphql(query);
  expect(body.data).toBeUndefined();
  expect(body.errors?.length).toBeGreaterThan(0);
  // Refused during validation: not one query reached Neo4j.
  expect(queries).toEqual([]);
  return body.errors![0];
}

describe('query bombs', () => {
  it('refuses a depth bomb before any Cypher runs', async () => {
    const nest = (depth: number): string =>
      depth === 0 ? 'key' : `relations { edges { node { from { key ${nest(depth - 1)} } } } }`;
    const error = await refused(`{ concept(key: "cross-chain") { ${nest(6)} } }`);
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/depth/i);
  });

  it('refuses an alias bomb before any Cypher runs', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: stats { concepts }`).join('\n');
    const error = await refused(`{ ${aliases} }`);
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/alias/i);
  });

  it('refuses a costly query before any Cypher runs', async () => {
    const fields = 'key kind name summary aliases degree names { lang text original }';
    const error = await refused(
      `{ concepts(first: 100) { edges { node { ${fields} relations { edges { node { from { ${fields} } to { ${fields} } } } } } } } }`,
    );
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/cost/i);
  });

  it('still answers an ordinary nested query', async () => {
    const body = await app.graphql(
      '{ concept(key: "cross-chain") { key relations(first: 3) { edges { node { to { key } } } } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(queries.length).toBeGreaterThan(0);
  });
});
