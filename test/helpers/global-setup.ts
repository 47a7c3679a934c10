import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../../src/neo4j/embedded';
import { freePort } from './free-port';
import { openTestDatabase } from './neo4j';
import { applyMigrations } from '../../src/neo4j/migrations';
import { CYPHER_DIR, PROJECT_ROOT, SEED_DIR } from '../../src/core/paths';
import { loadSeed } from '../../src/seed/seed.loader';

/**
 * Starts one embedded Neo4j for the whole run (unless NEO4J_URI points at a server), on a free port
 * with a throwaway data folder, then applies the schema and loads the seed.
 */
export default async function globalSetup(): Promise<void> {
  // The browser tests load the explorer and GraphiQL as `npm start` serves them.
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'web', 'build.mjs')], {
    stdio: 'inherit',
  });
  if (!process.env.NEO4J_URI) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-test-neo4j-'));
    const embedded = await startEmbeddedNeo4j({
      dataDir,
      port: await freePort(),
      heapMb: 768,
      pageCacheMb: 64,
      password: '',
      timeoutMs: 180000,
    });
    process.env.NEO4J_URI = embedded.uri;
    process.env.NEO4J_PASSWORD = '';
    Object.assign(globalThis, { __KG_EMBEDDED__: embedded, __KG_DATA_DIR__: dataDir });
  }
  // The seed loads in one transaction, which can take over a minute on a loaded machine.
  process.env.WRITE_TIMEOUT_MS ??= '300000';
  const { db, close } = openTestDatabase();
  try {
    await applyMigrations(db.driver, db.name, path.join(CYPHER_DIR, 'schema'));
    await loadSeed(db, { seedDir: SEED_DIR });
  } finally {
    await close();
  }
}
