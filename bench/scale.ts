import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../test/helpers/free-port';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded';
import { PROJECT_ROOT } from '../src/core/paths';
import { percentile, runLoad } from './load';
import { OPERATIONS } from './operations';
import { SeedLoadFigures } from './seed-load';
import { writeSyntheticSeed } from './synthetic-seed';

/**
 * `npm run bench -- --scale N`: the six operations against the paper's graph and against a
 * synthetic graph of N more concepts (bench/synthetic-seed.ts) in a throwaway database, loaded
 * with the seed loader, at concurrency 1; prints the load's figures and the p50 of each.
 */

export interface ScaleContext {
  /** The API already serving the paper's graph. */
  paperApi: string;
  /** Starts the built API on another database and resolves to its GraphQL URL. */
  startApi(name: string, env: NodeJS.ProcessEnv): Promise<string>;
  /** Sends one GraphQL request body; rejects on any error in the answer. */
  post(url: string, body: string): Promise<unknown>;
  /** Cleanups run at the end, in reverse order. */
  stops: (() => Promise<void>)[];
  log(message: string): void;
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const PASSWORD = process.env.NEO4J_PASSWORD ?? '';

/** The N of `--scale N`, or undefined when the flag is absent. */
export function scaleArgument(argv: string[]): number | undefined {
  const at = argv.indexOf('--scale');
  if (at < 0) return undefined;
  const concepts = Number(argv[at + 1]);
  if (!Number.isSafeInteger(concepts) || concepts < 1) {
    throw new Error(`--scale needs a number of concepts, e.g. --scale 100000; got ${argv[at + 1]}`);
  }
  return concepts;
}

/**
 * A database that may be filled and thrown away: a second embedded Neo4j on a temporary folder,
 * or, with NEO4J_URI, the database BENCH_SCALE_DATABASE names on that server (Community holds one
 * database per server, so it is never created or emptied here).
 */
async function throwawayDatabase(context: ScaleContext): Promise<NodeJS.ProcessEnv> {
  if (process.env.NEO4J_URI) {
    const database = process.env.BENCH_SCALE_DATABASE;
    if (!database) {
      throw new Error(
        'With NEO4J_URI, set BENCH_SCALE_DATABASE to an empty database for the synthetic graph',
      );
    }
    return { NEO4J_URI: process.env.NEO4J_URI, NEO4J_DATABASE: database };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-scale-'));
  context.stops.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const embedded = await startEmbeddedNeo4j({
    dataDir,
    port: await freePort(),
    heapMb: 1024,
    pageCacheMb: 512,
    password: PASSWORD,
    timeoutMs: 180000,
    log: context.log,
  });
  context.stops.push(() => embedded.stop());
  return { NEO4J_URI: embedded.uri, NEO4J_DATABASE: 'neo4j', NEO4J_PID: String(embedded.pid) };
}

interface ChildLoad {
  figures: SeedLoadFigures;
  /** What the child printed above its figures as JSON. */
  text: string;
}

/** Runs bench/seed-load.ts in a child limited to 1 GB of heap and reads its figures. */
function loadInChild(seedDir: string, env: NodeJS.ProcessEnv): Promise<ChildLoad> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=1024', '--import', 'tsx', 'bench/seed-load.ts', seedDir],
      { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`the seed load failed (exit ${code}):\n${output.slice(-2000)}`));
        return;
      }
      const lines = output.trim().split('\n');
      const figures = JSON.parse(lines.pop()!) as SeedLoadFigures;
      resolve({ figures, text: lines.join('\n') });
    });
  });
}

function format(concepts: number, load: ChildLoad, rows: string[][]): string {
  const header = ['operation', 'paper p50 ms', `+${concepts} p50 ms`, 'ratio', 'errors'];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const table = [header, ...rows].map((row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '),
  );
  return [
    `Seed load of the synthetic graph, in a child process limited to 1024 MB of heap:`,
    load.text,
    '',
    `Concurrency 1, one request to each API in turn, ${2 * SECONDS} s per operation; ` +
      `Node ${process.version}, ${os.cpus().length} CPUs.`,
    '',
    ...table,
  ].join('\n');
}

/**
 * p50 of each API for one operation, one request to each in turn at concurrency 1: on a shared
 * machine both then meet the same moments of load, which measuring one after the other does not
 * give (the load of other processes changes from second to second).
 */
async function measureInTurn(
  paperWork: () => Promise<unknown>,
  scaleWork: () => Promise<unknown>,
  maxMs: number,
): Promise<{ paper: number; scale: number; errors: number }> {
  const latencies = { paper: [] as number[], scale: [] as number[] };
  let errors = 0;
  const time = async (work: () => Promise<unknown>, into: number[]) => {
    const started = performance.now();
    try {
      await work();
      into.push(performance.now() - started);
    } catch {
      errors += 1;
    }
  };
  const deadline = performance.now() + maxMs;
  while (performance.now() < deadline && latencies.paper.length < 20000) {
    await time(paperWork, latencies.paper);
    await time(scaleWork, latencies.scale);
  }
  const p50 = (values: number[]) =>
    percentile(
      [...values].sort((a, b) => a - b),
      0.5,
    );
  return { paper: p50(latencies.paper), scale: p50(latencies.scale), errors };
}

export async function runScale(concepts: number, context: ScaleContext): Promise<void> {
  const env = await throwawayDatabase(context);
  const seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-seed-'));
  context.stops.push(async () => fs.rmSync(seedDir, { recursive: true, force: true }));
  const seed = writeSyntheticSeed({ concepts, dir: seedDir });
  context.log(`synthetic seed written: ${JSON.stringify(seed)}`);
  const load = await loadInChild(seedDir, env);
  context.log(`synthetic seed loaded at ${load.figures.itemsPerSecond.toFixed(0)} items/s`);
  // Its response cache off, as the paper's API has it: the statements are what is compared.
  const scaled = await context.startApi('api-scale', { ...env, RESPONSE_CACHE_MB: '0' });

  const warmUp = { concurrency: 1, maxRequests: 200, maxMs: 1000 };
  const rows: string[][] = [];
  for (const op of OPERATIONS) {
    const body = JSON.stringify(op.api);
    const work = (url: string) => () => context.post(url, body);
    for (const url of [context.paperApi, scaled]) await runLoad(work(url), warmUp);
    const { paper, scale, errors } = await measureInTurn(
      work(context.paperApi),
      work(scaled),
      2 * SECONDS * 1000,
    );
    context.log(`${op.name}: p50 ${paper.toFixed(1)} ms, scaled ${scale.toFixed(1)} ms`);
    rows.push([
      op.name,
      paper.toFixed(1),
      scale.toFixed(1),
      (scale / paper).toFixed(2),
      String(errors),
    ]);
  }
  console.log(format(concepts, load, rows));
}
