import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/core/config';
import { createLogger } from '../../src/core/logger';
import { connectNeo4j } from '../../src/neo4j/connect';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/neo4j/embedded';
import { createApp } from '../../src/http/server';
import { freePort } from '../helpers/free-port';
import { httpProbe } from '../helpers/http-probe';
import { waitFor } from '../helpers/wait-for';

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
    // Connected as to any external server: the driver's reconnection brings reads back.
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, LOG_LEVEL: 'silent' });
    const log = createLogger('silent');
    const connection = await connectNeo4j(config, () => undefined, log);
    const app = await createApp({ config, db: connection.db, log });
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    const probe = httpProbe(
      `http://127.0.0.1:${(app.httpServer.address() as net.AddressInfo).port}`,
    );
    try {
      await waitFor('readiness 200', 10000, async () => (await probe.ready()) === 200);
      expect(await probe.live()).toBe(200);

      await neo4jProcess!.stop();
      await waitFor('readiness 503', 10000, async () => (await probe.ready()) === 503);
      expect(await probe.live()).toBe(200);
      expect((await probe.papers()).code).toBe('SERVICE_UNAVAILABLE');

      neo4jProcess = await start();
      await waitFor('reads to work again', 30000, async () => (await probe.papers()).code === 'OK');
      expect(await probe.ready()).toBe(200);
    } finally {
      await app.apollo.stop();
      // The probes' keep-alive connections would otherwise outlive the suite.
      app.httpServer.closeAllConnections();
      await connection.close();
    }
  }, 240000);
});
