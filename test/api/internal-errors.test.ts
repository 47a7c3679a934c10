import { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/core/config';
import { Database } from '../../src/neo4j/database';
import { App, createApp } from '../../src/http/server';
import { captureLog } from '../helpers/log-capture';
import { openTestDatabase } from '../helpers/neo4j';

/** A server whose named queries are missing: every read fails in a way the client must not see. */
const { lines, log } = captureLog();
const { db, close } = openTestDatabase();
let app: App;
let url: string;

beforeAll(async () => {
  const broken = new Database(db.driver, db.name, new Map(), 5000);
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'info' });
  app = await createApp({ config, db: broken, log });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await app.apollo.stop();
  await close();
});

it('masks an unexpected error for the client and logs its cause with the request id', async () => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'req-internal-1' },
    body: JSON.stringify({ query: '{ stats { concepts } }' }),
  });
  const body = (await response.json()) as { errors: { message: string; extensions: object }[] };
  expect(body.errors).toEqual([
    {
      message: 'Internal server error',
      path: ['stats'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    },
  ]);
  expect(JSON.stringify(body)).not.toMatch(/named query|graphStats|at \w/);

  const logged = lines.find((line) => line.msg === 'Unexpected error while resolving a request');
  expect(logged).toMatchObject({ level: 50, req: { id: 'req-internal-1' } });
  expect(JSON.stringify(logged)).toMatch(/Unknown named query/);
});
