import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QueryTimeoutError } from '../../src/core/domain-errors';
import { Database } from '../../src/neo4j/database';
import { applyMigrations, MigrationError } from '../../src/neo4j/migrations';
import { CYPHER_DIR } from '../../src/core/paths';
import { openTestDatabase } from '../helpers/neo4j';

const { db, close } = openTestDatabase();
afterAll(() => close());

async function schemaSnapshot(): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    'SHOW INDEXES YIELD name RETURN name ORDER BY name',
    {},
    {
      database: db.name,
    },
  );
  return records.map((r) => r.get('name') as string);
}

describe('Neo4j over Bolt', () => {
  it('answers a real round trip from a Neo4j 5 kernel', async () => {
    const { records } = await db.driver.executeQuery(
      'CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version',
      {},
      { database: db.name },
    );
    expect(records[0].get('name')).toBe('Neo4j Kernel');
    expect(records[0].get('version')).toMatch(/^5\./);
    const written = await db.driver.executeQuery(
      'RETURN $n * 2 AS doubled',
      { n: 21 },
      { database: db.name },
    );
    expect(written.records[0].get('doubled')).toBe(42);
  });
});

describe('schema migrations', () => {
  const schemaDir = path.join(CYPHER_DIR, 'schema');

  it('are recorded with checksums, and applying them again changes nothing', async () => {
    const before = await schemaSnapshot();
    const result = await applyMigrations(db.driver, db.name, schemaDir);
    expect(result.applied).toEqual([]);
    expect(result.skipped).toEqual(
      fs
        .readdirSync(schemaDir)
        .filter((f) => f.endsWith('.cypher'))
        .sort(),
    );
    expect(await schemaSnapshot()).toEqual(before);
    expect(before).toEqual(
      expect.arrayContaining(['concept_key', 'concept_text_en', 'concept_text_zh']),
    );
  });

  describe('on a file of its own', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-schema-'));
    const file = '901-test-migration.cypher';

    afterAll(async () => {
      await db.driver.executeQuery(
        'DROP INDEX test_migration_index IF EXISTS',
        {},
        { database: db.name },
      );
      await db.driver.executeQuery(
        'MATCH (m:SchemaMigration {file: $file}) DELETE m',
        { file },
        { database: db.name },
      );
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('applies a new file once and refuses it after its content changed', async () => {
      fs.writeFileSync(
        path.join(dir, file),
        'CREATE INDEX test_migration_index IF NOT EXISTS FOR (n:TestMigration) ON (n.x);\n',
      );
      expect((await applyMigrations(db.driver, db.name, dir)).applied).toEqual([file]);
      expect((await applyMigrations(db.driver, db.name, dir)).applied).toEqual([]);
      expect(await schemaSnapshot()).toContain('test_migration_index');

      fs.appendFileSync(path.join(dir, file), '// edited\n');
      await expect(applyMigrations(db.driver, db.name, dir)).rejects.toThrow(MigrationError);
      await expect(applyMigrations(db.driver, db.name, dir)).rejects.toThrow(
        /was changed after it was applied/,
      );
    });

    it('refuses files not named NNN-<what>.cypher', async () => {
      const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-schema-bad-'));
      fs.writeFileSync(path.join(bad, 'constraints.cypher'), 'RETURN 1;\n');
      await expect(applyMigrations(db.driver, db.name, bad)).rejects.toThrow(/NNN-<what>/);
      fs.rmSync(bad, { recursive: true, force: true });
    });
  });
});

describe('read transactions', () => {
  it('are cut off at the configured timeout, and that reads as a query timeout, not an outage', async () => {
    const slow = new Database(
      db.driver,
      db.name,
      new Map([['slowCount', 'UNWIND range(1, 500000000) AS x RETURN count(x) AS n']]),
      200,
    );
    const error = await slow.read('slowCount').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as QueryTimeoutError).timeoutMs).toBe(200);
  });
});
