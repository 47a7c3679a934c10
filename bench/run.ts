import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../test/helpers/free-port';
import { Database } from '../src/neo4j/database';
import { createDriver } from '../src/neo4j/driver';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded';
import { applyMigrations } from '../src/neo4j/migrations';
import { loadNamedQueries } from '../src/neo4j/named-queries';
import { CYPHER_DIR, PROJECT_ROOT, SEED_DIR } from '../src/core/paths';
import { loadSeed } from '../src/seed/seed.loader';
import { assertContent, closeClients, postGraphQL } from './client';
import { LoadOptions, LoadResult, runLoad } from './load';
import { OPERATIONS } from './operations';
import { runScale, scaleArgument } from './scale';

// About 6 ops × 5 targets × (warm-up + measurement) ≈ 120 s, plus start-up: under 4 minutes.
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const MEASURE: LoadOptions = {
  concurrency: CONCURRENCY,
  maxRequests: 200000,
  maxMs: SECONDS * 1000,
};
const WARM_UP: LoadOptions = { concurrency: CONCURRENCY, maxRequests: 500, maxMs: 1000 };
// Generous: on a loaded machine Neo4j's first planning of a statement can take seconds.
const QUERY_TIMEOUT_MS = 60000;
/** Node's flags in `npm start` (heap sizes), so the API runs here as it runs there. */
const START_NODE_FLAGS = (
  JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  }
).scripts.start
  .split(/\s+/)
  .filter((word) => word.startsWith('--'));
const DATABASE = process.env.NEO4J_DATABASE ?? 'neo4j';
/** `--json FILE` also writes the table as JSON. */
const JSON_FILE = ((i) => (i >= 0 ? process.argv[i + 1] : undefined))(
  process.argv.indexOf('--json'),
);
const PASSWORD = process.env.NEO4J_PASSWORD ?? '';

/** Everything started, stopped in reverse order at the end, on error and on Ctrl-C. */
const stops: (() => Promise<void>)[] = [];
let stopping: Promise<void> | undefined;

function stopAll(): Promise<void> {
  stopping ??= (async () => {
    for (const stop of stops.reverse()) {
      await stop().catch((error: Error) => console.error(`Stopping: ${error.message}`));
    }
  })();
  return stopping;
}

const log = (message: string) => console.error(`[bench] ${message}`);

/** NEO4J_URI when set (a throwaway database: the seed is loaded into it), else an embedded one. */
async function neo4jUri(): Promise<string> {
  if (process.env.NEO4J_URI) return process.env.NEO4J_URI;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-neo4j-'));
  stops.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const embedded = await startEmbeddedNeo4j({
    dataDir,
    port: await freePort(),
    heapMb: 768,
    pageCacheMb: 64,
    password: PASSWORD,
    timeoutMs: 180000,
    log,
  });
  stops.push(() => embedded.stop());
  return embedded.uri;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

interface Server {
  name: string;
  pid: number;
  url: string;
}

/** Starts a GraphQL server child on a free port and waits until it answers `{ __typename }`. */
async function startServer(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<Server> {
  const port = await freePort();
  // stdin stays a pipe from this process: the servers exit when it closes (see lifeline.js).
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    // Every server runs as the Dockerfile deploys the API: NODE_ENV=production, which among
    // other things puts graphql-js in its production mode (no cross-realm checks per type test).
    env: { ...process.env, NODE_ENV: 'production', ...env, PORT: String(port) },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  stops.push(() => stopChild(child));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start:\n${stderr}`);
    try {
      await postGraphQL(url, JSON.stringify({ query: '{ __typename }' }));
      log(`${name} ready on ${url} (pid ${child.pid})`);
      return { name, pid: child.pid!, url };
    } catch {
      if (Date.now() > deadline) throw new Error(`${name} not ready after 60 s:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Resident memory of a process in MB, read with `ps` (Linux and macOS). */
function rssMb(pid: number): number {
  const kb = execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString();
  return Number(kb.trim()) / 1024;
}

/** CPU time a process has used so far, in ms, from /proc (Linux); null elsewhere. */
function cpuMs(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, in clock ticks of 1/100 s on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

interface Row extends LoadResult {
  operation: string;
  target: string;
  /** Server CPU per successful request, where the target is a server process. */
  cpuMsPerRequest: number | null;
}

function format(rows: Row[], memory: string[]): string {
  const cols = ['operation', 'target', 'n', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'cpu ms/req'];
  const lines = [[...cols, 'req/s÷peer', 'p50÷peer', 'req/s÷floor']];
  for (const row of rows) {
    const same = (target: string) =>
      rows.find((r) => r.operation === row.operation && r.target === target)!;
    const [peer, floor] = [same('peer'), same('floor')];
    lines.push([
      row.target === 'floor' ? row.operation : '',
      row.target,
      String(row.ok),
      row.rps.toFixed(0),
      row.p50.toFixed(1),
      row.p99.toFixed(1),
      String(row.errors),
      row.cpuMsPerRequest == null ? '' : row.cpuMsPerRequest.toFixed(2),
      (row.rps / peer.rps).toFixed(2),
      (row.p50 / peer.p50).toFixed(2),
      (row.rps / floor.rps).toFixed(2),
    ]);
  }
  const widths = lines[0].map((_, i) => Math.max(...lines.map((line) => line[i].length)));
  const table = lines.map((line) =>
    line.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '),
  );
  const errors = rows
    .filter((r) => r.firstError)
    .map((r) => `first error of ${r.operation}/${r.target}: ${r.firstError}`);
  return [...table, '', ...memory, ...errors].join('\n');
}

async function main(): Promise<void> {
  const scale = scaleArgument(process.argv);
  stops.push(closeClients);
  const uri = await neo4jUri();
  const driver = createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: PASSWORD });
  stops.push(() => driver.close());
  const queries = loadNamedQueries(path.join(CYPHER_DIR, 'queries'));
  const db = new Database(driver, DATABASE, queries, QUERY_TIMEOUT_MS);
  await applyMigrations(driver, DATABASE, path.join(CYPHER_DIR, 'schema'));
  await loadSeed(db, { seedDir: SEED_DIR });
  log(`seed loaded into ${uri}`);

  const env = { NEO4J_URI: uri, NEO4J_PASSWORD: PASSWORD, NEO4J_DATABASE: DATABASE };
  // The built API as `npm start` runs it, minus request logs (they would time the stdout pipe)
  // and minus the per-client budget (every benchmark request comes from one address); once with
  // its response cache off, once with its default setting.
  const startApi = (name: string, apiEnv: NodeJS.ProcessEnv) =>
    startServer(
      name,
      [...START_NODE_FLAGS, '--require', './bench/lifeline.js', 'dist/src/index.js'],
      {
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        SEED_ON_START: 'false',
        CLIENT_COST_BUDGET: '0',
        QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
        ...apiEnv,
      },
    );
  const api = await startApi('api', { ...env, RESPONSE_CACHE_MB: '0' });
  if (scale) {
    return runScale(scale, {
      paperApi: api.url,
      startApi: async (name, scaleEnv) => (await startApi(name, scaleEnv)).url,
      post: postGraphQL,
      stops,
      log,
    });
  }
  const cached = await startApi('api-cached', { ...env, RESPONSE_CACHE_MB: undefined });
  const peer = await startServer('peer', ['--import', 'tsx', 'bench/peer.ts'], env);
  const ceiling = await startServer('ceiling', ['--import', 'tsx', 'bench/ceiling.ts'], {});
  for (const op of OPERATIONS) {
    const answer = await (
      await fetch(cached.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(op.api),
      })
    ).text();
    await fetch(ceiling.url.replace(/graphql$/, 'answers'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ request: op.api, answer }),
    });
  }
  const servers = [api, cached, peer, ceiling];
  const before = servers.map((s) => rssMb(s.pid));

  const cells = OPERATIONS.flatMap((op) => {
    const [apiBody, peerBody] = [JSON.stringify(op.api), JSON.stringify(op.peer)];
    // `timeoutMs` is longer for the first request, which may wait for Neo4j's planning.
    const targets: [string, Server | null, (timeoutMs?: number) => Promise<unknown>][] = [
      ['floor', null, () => op.floor(db)],
      ['api', api, (timeoutMs) => postGraphQL(api.url, apiBody, timeoutMs)],
      ['api-cached', cached, (timeoutMs) => postGraphQL(cached.url, apiBody, timeoutMs)],
      ['peer', peer, (timeoutMs) => postGraphQL(peer.url, peerBody, timeoutMs)],
      ['ceiling', ceiling, (timeoutMs) => postGraphQL(ceiling.url, apiBody, timeoutMs)],
    ];
    return targets.map(([target, server, work]) => ({ operation: op.name, target, server, work }));
  });
  // Every cell is warmed before any is measured, so the JVM's JIT and Neo4j's query caches are
  // warm for all, whichever cell comes first.
  for (const cell of cells) {
    assertContent(`${cell.operation}/${cell.target}`, await cell.work(QUERY_TIMEOUT_MS));
    await runLoad(() => cell.work(), WARM_UP);
  }
  log('warmed up');
  const rows: Row[] = [];
  for (const { operation, target, server, work } of cells) {
    const cpuBefore = server && cpuMs(server.pid);
    const result = await runLoad(() => work(), MEASURE);
    const cpuAfter = server && cpuMs(server.pid);
    const cpuMsPerRequest =
      cpuBefore != null && cpuAfter != null && result.ok
        ? (cpuAfter - cpuBefore) / result.ok
        : null;
    log(`${operation}/${target}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms`);
    rows.push({ operation, target, ...result, cpuMsPerRequest });
  }

  const after = servers.map((s) => rssMb(s.pid));
  const memory = servers.map(
    (s, i) => `RSS ${s.name}: ${before[i].toFixed(0)} MB before, ${after[i].toFixed(0)} MB after`,
  );
  console.log(
    `Concurrency ${CONCURRENCY}, ${SECONDS} s per cell after 1 s of warm-up each; ` +
      `Node ${process.version}, ${os.cpus().length} CPUs. ` +
      `Ratios are the figure; absolute times are this machine's.\n`,
  );
  console.log(format(rows, memory));
  if (JSON_FILE) {
    const table = rows.map(({ operation, target, ok, rps, p50, p99, errors, cpuMsPerRequest }) => ({
      operation,
      target,
      n: ok,
      rps,
      p50,
      p99,
      errors,
      cpuMsPerRequest,
    }));
    fs.writeFileSync(JSON_FILE, `${JSON.stringify(table, null, 2)}\n`);
    log(`table written to ${JSON_FILE}`);
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAll().finally(() => process.exit(130)));
}

main()
  .catch((error: Error) => {
    console.error(`\nBench failed: ${error.message}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
