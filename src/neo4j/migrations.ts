import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { restoreDeferredIndexes } from './deferred-indexes';

export interface MigrationResult {
  applied: string[];
  skipped: string[];
}

export class MigrationError extends Error {}

const FILE_NAME = /^\d{3}-[a-z0-9-]+\.cypher$/;

/** Splits a schema file into statements: each ends with `;` at the end of a line. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/**
 * Applies `cypher/schema/NNN-<what>.cypher` in order. Each applied file is recorded with its
 * checksum; a recorded file whose content has since changed is refused, because schema history
 * must not be rewritten under a database that already ran it.
 */
export async function applyMigrations(
  driver: Driver,
  database: string,
  dir: string,
): Promise<MigrationResult> {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  const misnamed = files.filter((f) => !FILE_NAME.test(f));
  if (misnamed.length) {
    throw new MigrationError(
      `Schema files must be named NNN-<what>.cypher: ${misnamed.join(', ')}`,
    );
  }
  const { records } = await driver.executeQuery(
    'MATCH (m:SchemaMigration) RETURN m.file AS file, m.checksum AS checksum',
    {},
    { database },
  );
  const recorded = new Map(
    records.map((r) => [r.get('file') as string, r.get('checksum') as string]),
  );
  const result: MigrationResult = { applied: [], skipped: [] };

  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const checksum = createHash('sha256').update(text).digest('hex');
    const previous = recorded.get(file);
    if (previous === checksum) {
      result.skipped.push(file);
      continue;
    }
    if (previous !== undefined) {
      throw new MigrationError(
        `Schema file ${file} was changed after it was applied (checksum ${previous.slice(0, 12)} ` +
          `recorded, ${checksum.slice(0, 12)} now). Put the change in a new NNN-<what>.cypher file.`,
      );
    }
    // Schema commands cannot share a transaction with writes, so each runs on its own.
    for (const statement of splitStatements(text)) {
      await driver.executeQuery(statement, {}, { database });
    }
    await driver.executeQuery(
      'MERGE (m:SchemaMigration {file: $file}) SET m.checksum = $checksum, m.appliedAt = datetime()',
      { file, checksum },
      { database },
    );
    result.applied.push(file);
  }
  // A seed load killed while its full-text indexes were set aside leaves them recorded.
  await restoreDeferredIndexes(driver, database);
  return result;
}
