import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../src/neo4j/database';
import { createDriver } from '../src/neo4j/driver';
import { applyMigrations } from '../src/neo4j/migrations';
import { loadNamedQueries } from '../src/neo4j/named-queries';
import { CYPHER_DIR } from '../src/core/paths';
import { loadSeed } from '../src/seed/seed.loader';
import { ENTITIES } from '../src/seed/seed.report';
import { validateSeed } from '../src/seed/seed.validator';

/**
 * `node --max-old-space-size=1024 --import tsx bench/seed-load.ts <seed folder>`: loads a seed
 * into NEO4J_URI (NEO4J_DATABASE, NEO4J_USER, NEO4J_PASSWORD) as `npm run seed` does and prints
 * the time of validation alone, of the whole load (validation included), the items written per
 * second, the seconds of each stage and the peak memory of this process. With NEO4J_PID (the
 * embedded Neo4j's process, on Linux) it also prints the CPU seconds each process used, which on a
 * shared machine say more than the wall time. The last line is the same figures as JSON.
 */

export interface SeedLoadFigures {
  items: number;
  validateSeconds: number;
  loadSeconds: number;
  itemsPerSecond: number;
  peakRssMb: number;
  peakHeapMb: number;
  /** Seconds from the start of the load to the first write, then of each stage. */
  stages: Record<string, number>;
  nodeCpuSeconds: number;
  neo4jCpuSeconds?: number;
}

/** CPU seconds (user + system) a process has used so far, from /proc; undefined elsewhere. */
function cpuSecondsOf(pid: string | undefined): number | undefined {
  if (!pid || !fs.existsSync(`/proc/${pid}/stat`)) return undefined;
  // The command name in parentheses may hold spaces; fields 14 and 15 follow it, in clock ticks.
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Seconds spent in each stage the loader reports, in order of first appearance; with NEO4J_PID,
 * also Neo4j's CPU seconds in each.
 */
function stageClock() {
  let last = performance.now();
  let lastCpu = cpuSecondsOf(process.env.NEO4J_PID) ?? 0;
  let current = 'checks';
  const stages: Record<string, number> = {};
  const neo4jCpu: Record<string, number> = {};
  const close = () => {
    const cpu = cpuSecondsOf(process.env.NEO4J_PID) ?? 0;
    stages[current] = (stages[current] ?? 0) + (performance.now() - last) / 1000;
    neo4jCpu[current] = (neo4jCpu[current] ?? 0) + cpu - lastCpu;
    last = performance.now();
    lastCpu = cpu;
  };
  return {
    onProgress(_done: number, _total: number, stage: string) {
      if (stage === current) return;
      close();
      current = stage;
    },
    stop() {
      close();
      return { stages, neo4jCpu };
    },
  };
}

/** Samples this process's memory until stopped; the peak is what a 1 GB limit has to hold. */
function memoryPeak() {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  // Unreferenced, so that a failed load ends the process instead of sampling forever.
  const timer = setInterval(sample, 100).unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { rssMb: rss / 2 ** 20, heapMb: heap / 2 ** 20 };
    },
  };
}

async function main(seedDir: string): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('Set NEO4J_URI to the throwaway database to load into');
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  const driver = createDriver({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
  });
  try {
    const queries = loadNamedQueries(path.join(CYPHER_DIR, 'queries'));
    const db = new Database(driver, database, queries, 60000);
    await applyMigrations(driver, database, path.join(CYPHER_DIR, 'schema'));

    const memory = memoryPeak();
    let started = performance.now();
    const { problems } = await validateSeed(seedDir);
    const validateSeconds = (performance.now() - started) / 1000;
    if (problems.length) throw new Error(`the seed has ${problems.length} problem(s)`);

    // Measured apart from the validation above: the load validates again, as `npm run seed` does.
    const neo4jCpu = cpuSecondsOf(process.env.NEO4J_PID);
    const nodeCpu = process.cpuUsage();
    const clock = stageClock();
    started = performance.now();
    const report = await loadSeed(db, { seedDir, onProgress: clock.onProgress });
    const loadSeconds = (performance.now() - started) / 1000;
    const { stages, neo4jCpu: neo4jCpuByStage } = clock.stop();
    const nodeCpuUsed = process.cpuUsage(nodeCpu);
    const neo4jCpuAfter = cpuSecondsOf(process.env.NEO4J_PID);
    const peak = memory.stop();

    const items = ENTITIES.reduce(
      (sum, entity) =>
        sum + report[entity].created + report[entity].updated + report[entity].unchanged,
      0,
    );
    const figures: SeedLoadFigures = {
      items,
      validateSeconds,
      loadSeconds,
      itemsPerSecond: items / loadSeconds,
      peakRssMb: peak.rssMb,
      peakHeapMb: peak.heapMb,
      stages,
      nodeCpuSeconds: (nodeCpuUsed.user + nodeCpuUsed.system) / 1e6,
      neo4jCpuSeconds:
        neo4jCpu === undefined || neo4jCpuAfter === undefined
          ? undefined
          : neo4jCpuAfter - neo4jCpu,
    };
    console.log(
      `${items} items: validation ${validateSeconds.toFixed(1)} s; load with validation ` +
        `${loadSeconds.toFixed(1)} s, ${figures.itemsPerSecond.toFixed(0)} items/s; ` +
        `peak memory ${peak.rssMb.toFixed(0)} MB RSS, ${peak.heapMb.toFixed(0)} MB heap`,
    );
    const seconds = Object.entries(stages).map(
      ([stage, s]) =>
        `${stage} ${s.toFixed(1)}` +
        (neo4jCpuAfter === undefined ? '' : ` (Neo4j CPU ${neo4jCpuByStage[stage].toFixed(1)})`),
    );
    console.log(
      `seconds per stage (checks: validation and conflict checks): ${seconds.join(', ')}`,
    );
    console.log(
      `CPU seconds during the load: Node ${figures.nodeCpuSeconds.toFixed(1)}` +
        (figures.neo4jCpuSeconds === undefined
          ? ''
          : `, Neo4j ${figures.neo4jCpuSeconds.toFixed(1)}`),
    );
    console.log(JSON.stringify(figures));
  } finally {
    await driver.close();
  }
}

main(process.argv[2]).catch((error: Error) => {
  console.error(`Seed load failed: ${error.message}`);
  process.exitCode = 1;
});
