import { Database } from '../neo4j/database';
import { ExportFormat } from './export.format';
import { ExportReader } from './export.reader';
import { Sink } from './export.sink';

/** `all` in a file name or on the command line means every paper. */
export const ALL_PAPERS = 'all';

/** What an export will be, known before any of it is written. */
export interface ExportPlan {
  /** False when a paper key names no paper. */
  found: boolean;
  graphVersion: number;
  /** Changes whenever the content can: graph version, paper and format. */
  etag: string;
  /** Writes the export and ends the read transaction. */
  write(sink: Sink): Promise<void>;
  /** Ends the read transaction without writing. */
  close(): Promise<void>;
}

export async function planExport(
  db: Database,
  format: ExportFormat,
  paper: string,
): Promise<ExportPlan> {
  const reader = await ExportReader.open(db, paper === ALL_PAPERS ? null : paper);
  try {
    const graphVersion = await reader.graphVersion();
    const found = paper === ALL_PAPERS || (await reader.paperKeys()).length > 0;
    return {
      found,
      graphVersion,
      etag: `"${paper}.${format.extension}@${graphVersion}"`,
      async write(sink) {
        try {
          await format.write(reader, sink);
        } finally {
          await reader.close();
        }
      },
      close: () => reader.close(),
    };
  } catch (error) {
    await reader.close();
    throw error;
  }
}
