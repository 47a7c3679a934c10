import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded';
import { createDriver } from '../src/neo4j/driver';
import { Database } from '../src/neo4j/database';
import { loadNamedQueries } from '../src/neo4j/named-queries';
import { applyMigrations } from '../src/neo4j/migrations';
import { CYPHER_DIR, SEED_DIR } from '../src/paths';
import { loadSeed } from '../src/seed/seed.loader';
import { formatNamed } from '../src/export/export.formats';
import { planExport } from '../src/export/export.run';
import { streamSink } from '../src/export/export.sink';

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scratch-'));
  const e = await startEmbeddedNeo4j({ dataDir: dir, port: 17707, heapMb: 384, pageCacheMb: 32, password: '', timeoutMs: 300000 });
  const driver = createDriver({ uri: e.uri, user: 'neo4j', password: '' });
  const db = new Database(driver, 'neo4j', loadNamedQueries(path.join(CYPHER_DIR, 'queries')), 600000);
  try {
    await applyMigrations(driver, 'neo4j', path.join(CYPHER_DIR, 'schema'));
    await loadSeed(db, { seedDir: SEED_DIR });
    for (const name of process.argv.slice(2)) {
      const out = fs.createWriteStream(`/tmp/scratch-export.${name}`);
      const plan = await planExport(db, formatNamed(name)!, 'caict-blockchain-2020');
      await plan.write(streamSink(out));
      out.end();
      console.log('ok', name);
    }
  } catch (err) { console.error('FAILED', err); }
  finally { await driver.close(); await e.stop(); fs.rmSync(dir, { recursive: true, force: true }); }
}
main();
