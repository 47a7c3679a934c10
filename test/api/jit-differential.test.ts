import fc from 'fast-check';
import { startBothExecutors, TestApp } from '../helpers/app';
import { generatedQuery } from '../helpers/generated-operations';

/**
 * graphql-jit (compiled at the first run) against graphql-js (never compiled), on queries
 * generated from the schema: the same status, the same data byte for byte, the same errors.
 * One difference is allowed: when an error nulls a list, graphql-js reports the first item's
 * error and graphql-jit each item's, so errors are compared as the set of distinct ones.
 */
const SEED = 20261126;
const RUNS = 300;

let apps: Awaited<ReturnType<typeof startBothExecutors>>;
beforeAll(async () => {
  apps = await startBothExecutors();
});
afterAll(() => apps.close());

interface Body {
  data?: unknown;
  errors?: { message: string; extensions?: unknown }[];
}

async function answer(app: TestApp, body: string) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const { data, errors } = (await response.json()) as Body;
  const distinct = new Set((errors ?? []).map((e) => JSON.stringify([e.message, e.extensions])));
  return { status: response.status, data: JSON.stringify(data), errors: [...distinct].sort() };
}

it('gives graphql-js answers for every generated query', async () => {
  let withData = 0;
  await fc.assert(
    fc.asyncProperty(generatedQuery, async (operation) => {
      const body = JSON.stringify(operation);
      const expected = await answer(apps.interpreted, body);
      expect(await answer(apps.compiled, body)).toEqual(expected);
      if (expected.data?.startsWith('{')) withData += 1;
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true },
  );
  // The generator must reach the resolvers, not only validation.
  expect(withData).toBeGreaterThan(RUNS / 10);
}, 300000);
