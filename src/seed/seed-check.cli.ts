import { parseArgs } from 'node:util';
import { commandLine } from '../core/command-line';
import { SEED_DIR } from '../core/paths';
import { formatProblem } from './seed.errors';
import { formatStats, seedStats } from './seed.stats';
import { validateSeed } from './seed.validator';

/**
 * `npm run seed:check [-- <seed-dir>]`: validates every paper folder without touching Neo4j, so
 * curators can check their edits in a second. Exit code 1 when there are problems.
 */
async function main(seedDir: string): Promise<number> {
  const { seed, problems } = await validateSeed(seedDir);
  if (problems.length) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n${problems.length} problem(s) in the graph seed.`);
    return 1;
  }
  console.log(`Seed OK: ${formatStats(seedStats(seed))}.`);
  return 0;
}

const USAGE = `usage: npm run seed:check [-- <seed folder>]

Validates a graph seed (graph-seed/ by default) without touching Neo4j, listing every problem
with its file and line.`;

const { positionals } = commandLine(USAGE, () => parseArgs({ allowPositionals: true }));

main(positionals[0] ?? SEED_DIR).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`Seed check failed: ${error.message}`);
    process.exitCode = 1;
  },
);
