import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { Database } from '../../src/neo4j/database';
import { createDriver } from '../../src/neo4j/driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/neo4j/embedded';
import { loadNamedQueries } from '../../src/neo4j/named-queries';
import { CYPHER_DIR } from '../../src/paths';
import { createApp } from '../../src/server';
import { freePort } from '../helpers/free-port';

/** A second embedded Neo4j of this suite's own, so stopping it disturbs no other test. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-lifecycle-'));
let port: number;
let neo4jProcess: EmbeddedNeo4j | undefined;

const start = () =>
  startEmbeddedNeo4j({
    dataDir,
    port,
    heapMb: 512,
    pageCacheMb: 32,
    password: '',
    timeoutMs: 180000,
  });

beforeAll(async () => {
  port = await freePort();
  neo4jProcess = await start();
}, 200000);

afterAll(async () => {
  await neo4jProcess?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the embedded Neo4j', () => {
  it('refuses a second start on a locked data folder with an actionable message', async () => {
    await expect(
      startEmbeddedNeo4j({
        dataDir,
        port: await freePort(),
        heapMb: 256,
        pageCacheMb: 16,
        password: '',
        timeoutMs: 180000,
      }),
    ).rejects.toThrow(/locked by another Neo4j process.*NEO4J_DATA_DIR/s);
  }, 200000);

  it('refuses a port that is taken, naming the variable to change', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-port-'));
    try {
      await expect(
        startEmbeddedNeo4j({
          dataDir: otherDir,
          port: taken,
          heapMb: 256,
          pageCacheMb: 16,
          password: '',
          timeoutMs: 60000,
        }),
      ).rejects.toThrow(new RegExp(`Port ${taken}.*NEO4J_EMBEDDED_PORT`, 's'));
    } finally {
      blocker.close();
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('makes /health/ready 503 while Neo4j is stopped and 200 once it is back', async () => {
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, LOG_LEVEL: 'silent' });
    const driver = createDriver({ uri: config.NEO4J_URI!, user: 'neo4j', password: '' });
    const db = new Database(
      driver,
      'neo4j',
      loadNamedQueries(path.join(CYPHER_DIR, 'queries')),
      5000,
    );
    const app = await createApp({ config, db, log: createLogger('silent') });
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(app.httpServer.address() as net.AddressInfo).port}`;
    const ready = () => fetch(`${url}/health/ready`).then((r) => r.status);
    const papers = () =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ papers { key } }' }),
      }).then((r) => r.json() as Promise<{ errors?: { extensions: { code: string } }[] }>);
    try {
      expect(await ready()).toBe(200);
      expect((await fetch(`${url}/health/live`)).status).toBe(200);

      await neo4jProcess!.stop();
      expect(await ready()).toBe(503);
      expect((await fetch(`${url}/health/live`)).status).toBe(200);
      const down = await papers();
      expect(down.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(down)).not.toMatch(/stack|at .*\.js/);

      neo4jProcess = await start();
      expect(await ready()).toBe(200);
      expect((await papers()).errors).toBeUndefined();
    } finally {
      await app.apollo.stop();
      await driver.close();
    }
  }, 240000);
});
