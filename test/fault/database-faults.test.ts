import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { loadConfig } from '../../src/core/config';
import { connectNeo4j, Neo4jConnection } from '../../src/neo4j/connect';
import { App, createApp } from '../../src/http/server';
import { freePort } from '../helpers/free-port';
import { httpProbe } from '../helpers/http-probe';
import { waitFor } from '../helpers/wait-for';

/**
 * The API with an embedded Neo4j of this suite's own, connected the way `npm start` connects:
 * the database is frozen, killed and made impossible to restart, while the API keeps running.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-faults-'));
const logged: { level: number; msg: string }[] = [];
const log = pino(
  { level: 'info' },
  new Writable({
    write(chunk, _encoding, done) {
      logged.push(JSON.parse(chunk.toString()));
      done();
    },
  }),
);
let port: number;
let connection: Neo4jConnection;
let app: App;
let probe: ReturnType<typeof httpProbe>;

/** Lets a stopped process run again; it may have died meanwhile. */
function resume(pid: number | undefined): void {
  try {
    if (pid) process.kill(pid, 'SIGCONT');
  } catch {
    // Already gone: nothing to resume.
  }
}

beforeAll(async () => {
  port = await freePort();
  const config = loadConfig({
    NEO4J_DATA_DIR: dataDir,
    NEO4J_EMBEDDED_PORT: String(port),
    NEO4J_EMBEDDED_HEAP_MB: '384',
    NEO4J_EMBEDDED_PAGE_CACHE_MB: '16',
    NEO4J_RESTART_BACKOFF_MS: '500',
    NEO4J_RESTART_ATTEMPTS: '2',
    LOG_LEVEL: 'info',
  });
  connection = await connectNeo4j(config, (message) => log.info(message), log);
  await connection.driver.executeQuery("CREATE (:Paper {key: 'fault-paper', title: 'Faults'})");
  app = await createApp({ config, db: connection.db, log });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  probe = httpProbe(`http://127.0.0.1:${(app.httpServer.address() as net.AddressInfo).port}`);
}, 240000);

afterAll(async () => {
  resume(connection?.embedded?.pid);
  await app?.apollo.stop();
  // The probes' keep-alive connections would otherwise outlive the suite.
  app?.httpServer.closeAllConnections();
  await connection?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 60000);

it('answers SERVICE_UNAVAILABLE and 503 within 3 s of Neo4j freezing, and recovers after', async () => {
  expect(await probe.papers()).toEqual({ code: 'OK', keys: ['fault-paper'] });
  const pid = connection.embedded!.pid;
  process.kill(pid, 'SIGSTOP');
  const frozenAt = Date.now();
  try {
    // A request sent right at the freeze is let go too, not left hanging.
    expect((await probe.papers()).code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - frozenAt).toBeLessThan(3000);
    await waitFor('readiness 503', 3000, async () => (await probe.ready()) === 503, frozenAt);
    expect(await probe.live()).toBe(200);
  } finally {
    resume(pid);
  }
  await waitFor('reads to work again', 30000, async () => (await probe.papers()).code === 'OK');
  expect(await probe.ready()).toBe(200);
  expect(connection.embedded!.pid).toBe(pid);
}, 60000);

it('says so, answers 503 at once, and restarts Neo4j when it is killed', async () => {
  const pid = connection.embedded!.pid;
  process.kill(pid, 'SIGKILL');
  await waitFor('the exit to be noticed', 5000, async () => (await probe.ready()) === 503);
  expect((await probe.papers()).code).toBe('SERVICE_UNAVAILABLE');
  expect(logged).toContainEqual(
    expect.objectContaining({
      level: 50,
      msg: 'The embedded Neo4j exited unexpectedly; restarting it',
      signal: 'SIGKILL',
    }),
  );

  await waitFor('reads to work again', 180000, async () => (await probe.papers()).code === 'OK');
  expect(await probe.papers()).toEqual({ code: 'OK', keys: ['fault-paper'] });
  expect(await probe.ready()).toBe(200);
  expect(connection.embedded!.pid).not.toBe(pid);
  expect(logged.map((line) => line.msg)).toContain('The embedded Neo4j is running again');
}, 240000);

it('turns /health/live to 503 when Neo4j cannot be restarted', async () => {
  process.kill(connection.embedded!.pid, 'SIGKILL');
  // Taking the port before the supervisor's first retry makes every restart fail.
  // It only holds the port: connections the driver opens to it are dropped at once.
  const blocker = net.createServer((socket) => socket.destroy());
  await waitFor(
    'the port to be free',
    5000,
    () =>
      new Promise<boolean>((resolve) => {
        blocker.once('error', () => resolve(false));
        blocker.listen(port, '127.0.0.1', () => resolve(true));
      }),
  );
  try {
    await waitFor('liveness 503', 30000, async () => (await probe.live()) === 503);
    expect(await probe.ready()).toBe(503);
    expect((await probe.papers()).code).toBe('SERVICE_UNAVAILABLE');
    expect(
      logged.filter((line) => line.msg === 'Restarting the embedded Neo4j failed'),
    ).toHaveLength(2);
  } finally {
    blocker.close();
  }
}, 60000);
