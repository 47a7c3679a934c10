import path from 'node:path';
import { Database } from '../src/neo4j/database';
import { createDriver } from '../src/neo4j/driver';
import { applyMigrations } from '../src/neo4j/migrations';
import { loadNamedQueries } from '../src/neo4j/named-queries';
import { CYPHER_DIR } from '../src/paths';
import { loadSeed } from '../src/seed/seed.loader';
import { ENTITIES } from '../src/seed/seed.report';
import { validateSeed } from '../src/seed/seed.validator';

/**
 * `node --max-old-space-size=1024 --import tsx bench/seed-load.ts <seed folder>`: loads a seed
 * into NEO4J_URI (NEO4J_DATABASE, NEO4J_USER, NEO4J_PASSWORD) as `npm run seed` does and prints
 * the time of validation alone, of the whole load (validation included), the items written per
 * second and the peak memory of this process. The last line is the same figures as JSON.
 */

export interface SeedLoadFigures {
  items: number;
  validateSeconds: number;
  loadSeconds: number;
  itemsPerSecond: number;
  peakRssMb: number;
  peakHeapMb: number;
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
  const timer = setInterval(sample, 100);
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
    const { problems } = validateSeed(seedDir);
    const validateSeconds = (performance.now() - started) / 1000;
    if (problems.length) throw new Error(`the seed has ${problems.length} problem(s)`);

    // Measured apart from the validation above: the load validates again, as `npm run seed` does.
    started = performance.now();
    const report = await loadSeed(db, { seedDir });
    const loadSeconds = (performance.now() - started) / 1000;
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
    };
    console.log(
      `${items} items: validation ${validateSeconds.toFixed(1)} s; load with validation ` +
        `${loadSeconds.toFixed(1)} s, ${figures.itemsPerSecond.toFixed(0)} items/s; ` +
        `peak memory ${peak.rssMb.toFixed(0)} MB RSS, ${peak.heapMb.toFixed(0)} MB heap`,
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
