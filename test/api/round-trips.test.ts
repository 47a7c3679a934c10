import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/core/paths';
import { startTestApp, TestApp } from '../helpers/app';

let queries: string[] = [];
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, (name) => queries.push(name));
});
afterAll(() => app.close());

/** Runs the operation and returns the names of the Neo4j queries it sent. */
async function roundTrips(query: string, variables: Record<string, unknown>) {
  queries = [];
  const body = await app.graphql<{ concepts: { edges: unknown[] } }>(query, variables);
  expect(body.errors).toBeUndefined();
  return { sent: [...queries], items: body.data!.concepts.edges.length };
}

// Variables keep `first` out of the static cost estimate, which multiplies by literal values.
const WIDE = `query($first: Int) {
  concepts(first: $first) {
    edges { node {
      key name
      evidence { basis section { number title } }
      relations { totalCount edges { node { type from { key name } to { key name } } } }
    } }
  }
}`;

const EXAMPLES = path.join(PROJECT_ROOT, 'examples');
const example = (name: string) => ({
  query: fs.readFileSync(path.join(EXAMPLES, `${name}.graphql`), 'utf8'),
  variables: JSON.parse(fs.readFileSync(path.join(EXAMPLES, `${name}.variables.json`), 'utf8')),
});

/** Statements sent per example operation: each root field answers from one, looking ahead. */
const EXAMPLE_BOUNDS: Record<string, number> = {
  'concept-page': 1,
  outline: 1,
  neighborhood: 1,
  path: 1,
  search: 1,
  'co-mentions': 1,
};

describe('Neo4j round trips of the example operations', () => {
  it.each(Object.entries(EXAMPLE_BOUNDS))('%s sends %i statement(s)', async (name, bound) => {
    const { query, variables } = example(name);
    queries = [];
    const body = await app.graphql(query, variables);
    expect(body.errors).toBeUndefined();
    expect(queries).toHaveLength(bound);
  });

  it('a page of concepts with their relations and both ends, and the count, is one statement', async () => {
    queries = [];
    const body = await app.graphql(
      `query($first: Int) { concepts(first: $first) { totalCount edges { node { key name
        relations(first: 20) { totalCount edges { node { type sentence from { key name } to { key name } } } } } } } }`,
      { first: 50 },
    );
    expect(body.errors).toBeUndefined();
    expect(queries).toEqual(['conceptsByName']);
  });
});

describe('Neo4j round trips per request', () => {
  it('do not grow with the number of items: first 5 and first 50 cost the same', async () => {
    const few = await roundTrips(WIDE, { first: 5 });
    const many = await roundTrips(WIDE, { first: 50 });
    expect(few.items).toBe(5);
    expect(many.items).toBe(50);
    expect(many.sent.length).toBe(few.sent.length);
    expect([...many.sent].sort()).toEqual([...few.sent].sort());
    // Bounded by the depth of the selection, not by its width.
    expect(many.sent.length).toBeLessThanOrEqual(10);
  });

  it('batch the section tree too', async () => {
    const tree = `query($first: Int) {
      concepts(first: $first) { edges { node { sections { number parent { number } children { number } path { number }
        concepts(first: 3) { totalCount edges { node { key } } } } } } }
    }`;
    const few = await roundTrips(tree, { first: 3 });
    const many = await roundTrips(tree, { first: 50 });
    expect(many.sent.length).toBe(few.sent.length);
  });
});
