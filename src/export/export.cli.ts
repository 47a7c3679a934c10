import { parseArgs } from 'node:util';
import { commandLine } from '../core/command-line';
import { loadConfig } from '../core/config';
import { connectNeo4j } from '../neo4j/connect';
import { openExportFile } from './export.file';
import { EXPORT_FORMATS, formatNamed } from './export.formats';
import { ALL_PAPERS, planExport } from './export.run';
import { streamSink } from './export.sink';

const USAGE = `usage: npm run export -- --format <${EXPORT_FORMATS.map((f) => f.name).join('|')}> [--paper <key>] [--out <file>]

Writes the graph from Neo4j (NEO4J_URI, or the embedded one) in one format.
  --format <name>  the format (see the README's Export section)
  --paper <key>    one paper's graph; every paper's without it
  --out <file>     the file to write; standard output without it`;

/** `npm run export`: writes one paper's graph (or every paper's) to a file or to stdout. */
async function main(): Promise<void> {
  const { values } = commandLine(USAGE, () =>
    parseArgs({
      options: {
        format: { type: 'string' },
        paper: { type: 'string', default: ALL_PAPERS },
        out: { type: 'string' },
      },
    }),
  );
  const format = values.format ? formatNamed(values.format) : undefined;
  if (!format)
    throw new Error(`${values.format ? `unknown format "${values.format}"; ` : ''}${USAGE}`);
  const config = loadConfig();
  // Opened before Neo4j is started or reached, so a wrong folder fails at once.
  const file = values.out ? await openExportFile(values.out) : null;
  try {
    // Progress goes to stderr, so stdout carries the export alone.
    const connection = await connectNeo4j(config, (message) => console.error(message));
    try {
      const plan = await planExport(connection.db, format, values.paper);
      if (!plan.found) {
        await plan.close();
        throw new Error(`No paper with key "${values.paper}"`);
      }
      await plan.write(streamSink(file?.stream ?? process.stdout));
      if (file) {
        await file.commit();
        console.error(`Wrote ${values.out} (graph version ${plan.graphVersion}).`);
      }
    } finally {
      await connection.close();
    }
  } catch (error) {
    await file?.discard();
    throw error;
  }
}

main().catch((error: Error) => {
  console.error(`Export failed: ${error.message}`);
  process.exitCode = 1;
});
