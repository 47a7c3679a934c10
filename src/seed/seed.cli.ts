import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { commandLine } from '../core/command-line';
import { loadConfig } from '../core/config';
import { connectNeo4j } from '../neo4j/connect';
import { applyMigrations } from '../neo4j/migrations';
import { CYPHER_DIR, SEED_DIR } from '../core/paths';
import { formatProblem, SeedConflictError, SeedValidationError } from './seed.errors';
import { GraphJsonError, readGraphJson, writeSeedFolders } from './seed.from-json';
import { loadSeed, LoadSeedOptions } from './seed.loader';
import { formatReport } from './seed.report';
import { validateSeed } from './seed.validator';

/** A progress bar on a terminal; nothing in logs and pipes, where it would only add noise. */
function progressBar(): { onProgress?: LoadSeedOptions['onProgress']; stop(): void } {
  if (!process.stdout.isTTY) return { stop: () => {} };
  const bar = new SingleBar(
    { format: 'Loading seed [{bar}] {value}/{total} {stage}', hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress(done, total, stage) {
      if (!started) bar.start(total, 0, { stage });
      started = true;
      bar.update(done, { stage });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

/**
 * `--from FILE.json`: the JSON graph export becomes a seed folder in a temporary directory, which
 * then takes exactly the YAML seed's path. It is removed once a load was tried, and kept when
 * the seed has problems, since they point into its files.
 */
function seedDirFrom(file: string): { seedDir: string; done(): void } {
  const graph = readGraphJson(file);
  const seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seed-from-json-'));
  writeSeedFolders(graph, seedDir);
  return { seedDir, done: () => fs.rmSync(seedDir, { recursive: true, force: true }) };
}

/**
 * `npm run seed [-- --prune] [-- --from FILE.json]`: loads graph-seed/ (or an export) into the
 * configured (or embedded) Neo4j.
 */
async function main(prune: boolean, from: string | undefined): Promise<void> {
  const config = loadConfig();
  const source = from ? seedDirFrom(from) : { seedDir: SEED_DIR, done() {} };
  const { seedDir } = source;
  // Checked before Neo4j starts, so a typo in the seed costs a second, not a database start.
  const { problems } = await validateSeed(seedDir);
  if (problems.length) {
    if (from) console.error(`${from} converted to the seed folder ${seedDir}:\n`);
    throw new SeedValidationError(problems);
  }

  const connection = await connectNeo4j(config, (message) => console.log(message));
  const progress = progressBar();
  try {
    await applyMigrations(
      connection.driver,
      config.NEO4J_DATABASE,
      path.join(CYPHER_DIR, 'schema'),
    );
    const report = await loadSeed(connection.db, {
      seedDir,
      prune,
      onProgress: progress.onProgress,
    });
    progress.stop();
    console.log(`\n${formatReport(report)}\n`);
    console.log(
      report.changed
        ? `Graph updated from ${from ?? 'the seed'}${prune ? ' (pruned)' : ''}.`
        : `No change: the graph already matches ${from ?? 'the seed'}.`,
    );
  } finally {
    source.done();
    progress.stop();
    await connection.close();
  }
}

const USAGE = `usage: npm run seed [-- [--prune] [--from <file.json>]]

Validates graph-seed/ and loads it into Neo4j (NEO4J_URI, or the embedded one).
  --prune             also remove what the seed no longer holds
  --from <file.json>  load a JSON graph export (npm run export -- --format json) instead`;

const { values } = commandLine(USAGE, () =>
  parseArgs({
    options: { prune: { type: 'boolean', default: false }, from: { type: 'string' } },
  }),
);

main(values.prune, values.from).catch((error: Error) => {
  if (error instanceof GraphJsonError) {
    for (const problem of error.problems) console.error(`${error.file} ${problem}`);
    console.error(`\nNothing was loaded from ${error.file}.`);
  } else if (error instanceof SeedValidationError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error(`\n${error.problems.length} problem(s) in the graph seed; nothing was loaded.`);
  } else if (error instanceof SeedConflictError) {
    console.error(`\nSeed load refused; nothing was written: ${error.message}`);
  } else {
    console.error(
      `\nSeed load failed: ${error.message}\nIf it stopped part-way, loading again completes it.`,
    );
  }
  process.exitCode = 1;
});
