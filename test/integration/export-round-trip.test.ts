import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/neo4j/database';
import { createDriver } from '../../src/neo4j/driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/neo4j/embedded';
import { startTestApp, TestApp } from '../helpers/app';
import { freePort } from '../helpers/free-port';
import { graphFingerprint } from '../helpers/graph-fingerprint';
import { openTestDatabase } from '../helpers/neo4j';
import { runTool } from '../helpers/run-tool';

const PAPER = 'caict-blockchain-2020';
/**
 * Bookkeeping of each database, not graph content: the exports leave it out, and each database
 * keeps its own (the seed loader's marker is written by loads, not carried by an export).
 */
const SKIP = ['SchemaMigration', 'GraphVersion', 'SeedLoad'];
/** Each test starts Node tools or loads a whole graph into a second database: slow on a busy machine. */
jest.setTimeout(300000);

let app: TestApp;
let original: { db: Database; close: () => Promise<void> };
let fresh: EmbeddedNeo4j;
let freshDb: Database;
let dir: string;

/** Runs one of the project's command-line tools against `uri`. */
const runToolOn = (script: string, args: string[], uri: string) =>
  runTool(script, args, { NEO4J_URI: uri, NEO4J_PASSWORD: '' });

const seedFrom = (file: string) => runToolOn('src/seed/seed.cli.ts', ['--from', file], fresh.uri);

async function emptyFresh(): Promise<void> {
  await freshDb.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: freshDb.name });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-round-trip-'));
  fresh = await startEmbeddedNeo4j({
    dataDir: path.join(dir, 'neo4j'),
    port: await freePort(),
    heapMb: 384,
    pageCacheMb: 32,
    password: '',
    timeoutMs: 180000,
  });
  const driver = createDriver({ uri: fresh.uri, user: 'neo4j', password: '' });
  freshDb = new Database(driver, 'neo4j', new Map(), 10000);
  original = openTestDatabase();
  app = await startTestApp();
}, 240000);

afterAll(async () => {
  await app?.close();
  await original?.close();
  await freshDb?.driver.close();
  await fresh?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('round trips into an empty Neo4j', () => {
  it('the Cypher script recreates the paper graph exactly', async () => {
    const script = await (await fetch(`${app.url}/export/${PAPER}.cypher`)).text();
    const statements = script.split('\n').filter((line) => line && !line.startsWith('//'));
    expect(statements.every((line) => line.endsWith(';'))).toBe(true);
    for (const statement of statements) {
      await freshDb.driver.executeQuery(statement.slice(0, -1), {}, { database: freshDb.name });
    }
    expect(await graphFingerprint(freshDb, SKIP)).toBe(await graphFingerprint(original.db, SKIP));
  });

  it('npm run export writes the JSON graph, and npm run seed -- --from loads it exactly', async () => {
    await emptyFresh();
    const file = path.join(dir, 'export.json');
    const exported = await runToolOn(
      'src/export/export.cli.ts',
      ['--format', 'json', '--paper', PAPER, '--out', file],
      process.env.NEO4J_URI!,
    );
    expect(exported.stderr).toContain(`Wrote ${file}`);
    expect(exported.code).toBe(0);

    const seeded = await seedFrom(file);
    expect(seeded.stderr).toBe('');
    expect(seeded.stdout).toContain(`Graph updated from ${file}`);
    expect(seeded.code).toBe(0);
    expect(await graphFingerprint(freshDb, SKIP)).toBe(await graphFingerprint(original.db, SKIP));

    // The same file again changes nothing, as a second load of the YAML seed does.
    const again = await seedFrom(file);
    expect(again.stdout).toContain(`No change: the graph already matches ${file}`);
  });

  it('an export that fails leaves no file behind and an earlier one whole', async () => {
    const file = path.join(dir, 'kept.json');
    fs.writeFileSync(file, 'an earlier export');
    const failed = await runToolOn(
      'src/export/export.cli.ts',
      ['--format', 'json', '--paper', 'no-such-paper', '--out', file],
      process.env.NEO4J_URI!,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('No paper with key "no-such-paper"');
    expect(fs.readFileSync(file, 'utf8')).toBe('an earlier export');
    expect(fs.readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it('a file that is not the JSON graph format loads nothing and names the place at fault', async () => {
    const before = await graphFingerprint(freshDb, SKIP);
    const graph = JSON.parse(fs.readFileSync(path.join(dir, 'export.json'), 'utf8'));
    delete graph.nodes[3].evidence[0].basis;
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, JSON.stringify(graph));
    const result = await seedFrom(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${file} /nodes/3/evidence/0: must have required property 'basis'`,
    );
    expect(await graphFingerprint(freshDb, SKIP)).toBe(before);
  });

  it('a well-formed file gets the YAML seed validation: a relation to an unknown concept loads nothing', async () => {
    const before = await graphFingerprint(freshDb, SKIP);
    const graph = JSON.parse(fs.readFileSync(path.join(dir, 'export.json'), 'utf8'));
    graph.edges[0].to = 'no-such-concept';
    const file = path.join(dir, 'unknown-end.json');
    fs.writeFileSync(file, JSON.stringify(graph));
    const result = await seedFrom(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/relations\.yaml:\d+: .*no-such-concept/);
    expect(result.stderr).toContain('nothing was loaded');
    expect(await graphFingerprint(freshDb, SKIP)).toBe(before);
  });
});
