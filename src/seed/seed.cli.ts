import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config';
import { connectNeo4j } from '../neo4j/connect';
import { applyMigrations } from '../neo4j/migrations';
import { CYPHER_DIR, SEED_DIR } from '../paths';
import { formatProblem, SeedConflictError, SeedValidationError } from './seed.errors';
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

/** `npm run seed [-- --prune]`: loads graph-seed/ into the configured (or embedded) Neo4j. */
async function main(prune: boolean): Promise<void> {
  const config = loadConfig();
  // Checked before Neo4j starts, so a typo in the seed costs a second, not a database start.
  const { problems } = validateSeed(SEED_DIR);
  if (problems.length) throw new SeedValidationError(problems);

  const connection = await connectNeo4j(config, (message) => console.log(message));
  const progress = progressBar();
  try {
    await applyMigrations(
      connection.driver,
      config.NEO4J_DATABASE,
      path.join(CYPHER_DIR, 'schema'),
    );
    const report = await loadSeed(connection.db, {
      seedDir: SEED_DIR,
      prune,
      onProgress: progress.onProgress,
    });
    progress.stop();
    console.log(`\n${formatReport(report)}\n`);
    console.log(
      report.changed
        ? `Graph updated from the seed${prune ? ' (pruned)' : ''}.`
        : 'No change: the graph already matches the seed.',
    );
  } finally {
    progress.stop();
    await connection.close();
  }
}

main(process.argv.includes('--prune')).catch((error: Error) => {
  if (error instanceof SeedValidationError) {
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
