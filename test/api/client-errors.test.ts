import { createHash } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/core/config';
import { App, createApp } from '../../src/http/server';
import { captureLog } from '../helpers/log-capture';
import { openTestDatabase } from '../helpers/neo4j';

/** Mistakes of the client: each answers a 4xx with a code, and is logged without a stack. */
const { lines, log } = captureLog();
const { db, close } = openTestDatabase();
let app: App;
let url: string;

beforeAll(async () => {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'info' });
  app = await createApp({ config, db, log });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await app.apollo.stop();
  await close();
});
beforeEach(() => lines.splice(0));

type Body = { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };

async function post(body: object, requestId: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

/** What the server logged for one request, beyond the access log line. */
function loggedFor(requestId: string) {
  return lines.filter(
    (line) => (line.req as { id?: string } | undefined)?.id === requestId && !line.res,
  );
}

function expectClientError(status: number, body: Body, code: string, requestId: string) {
  expect(status).toBeGreaterThanOrEqual(400);
  expect(status).toBeLessThan(500);
  expect(body.errors?.[0].extensions.code).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|at \w+ \(/);
  for (const line of loggedFor(requestId)) {
    expect(line.level).toBeLessThanOrEqual(40);
    expect(JSON.stringify(line)).not.toMatch(/"stack"/);
  }
}

it('answers too many bad variables as BAD_USER_INPUT', async () => {
  // Sixty ids that are not strings: graphql-js stops counting at fifty and says so.
  const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';
  const variables = { ids: Array.from({ length: 60 }, () => ({ not: 'an id' })) };
  const { status, body } = await post({ query, variables }, 'req-variables');
  expect(body.errors?.some((e) => /^Too many errors/.test(e.message))).toBe(true);
  expectClientError(status, body, 'BAD_USER_INPUT', 'req-variables');
});

it('answers an APQ hash that does not match the query as a client error', async () => {
  const extensions = { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } };
  const { status, body } = await post(
    { query: '{ papers { key } }', extensions },
    'req-apq-mismatch',
  );
  expectClientError(status, body, 'BAD_REQUEST', 'req-apq-mismatch');
});

it('answers an unknown APQ hash with PERSISTED_QUERY_NOT_FOUND, and the query works once sent', async () => {
  const query = '{ papers { key } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  const first = await post({ extensions }, 'req-apq-unknown');
  expect(first.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  for (const line of loggedFor('req-apq-unknown')) expect(line.level).toBeLessThanOrEqual(40);

  const registered = await post({ query, extensions }, 'req-apq-register');
  expect(registered.body.errors).toBeUndefined();
  const again = await post({ extensions }, 'req-apq-again');
  expect(again.body.data).toEqual(registered.body.data);
});

it('refuses a subscription with BAD_REQUEST: the schema has none', async () => {
  const { status, body } = await post({ query: 'subscription { papers { key } }' }, 'req-sub');
  expectClientError(status, body, 'BAD_REQUEST', 'req-sub');
  expect(body.errors?.[0].message).toMatch(/subscription/i);
});
