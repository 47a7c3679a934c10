import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';

/**
 * An export's output file, written under a temporary name beside it and renamed into place once
 * complete: an export that fails part-way (Neo4j gone, a full disk, an unknown paper) leaves no
 * truncated file, and an earlier file of the same name stays whole until the new one replaces it.
 */
export interface ExportFile {
  stream: fs.WriteStream;
  /** Ends the stream and renames the file into place. */
  commit(): Promise<void>;
  /** Removes what was written. */
  discard(): Promise<void>;
}

/** Opens the temporary file; rejects at once when the folder is missing or not writable. */
export async function openExportFile(file: string): Promise<ExportFile> {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  const stream = fs.createWriteStream(partial, { flags: 'wx' });
  await once(stream, 'open');
  return {
    stream,
    async commit() {
      stream.end();
      await finished(stream);
      await fs.promises.rename(partial, file);
    },
    async discard() {
      stream.destroy();
      await fs.promises.rm(partial, { force: true });
    },
  };
}
