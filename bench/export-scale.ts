// Times every export format on a synthetic graph of EXPORT_CONCEPTS concepts (default 100 000)
// and samples the process's memory while it writes, to show that exports stream.
// Run: npm run build && node --import tsx bench/export-scale.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { EXPORT_FORMATS } from '../src/export/export.formats';
import { planExport } from '../src/export/export.run';
import { streamSink } from '../src/export/export.sink';
import { Database } from '../src/neo4j/database';
import { createDriver } from '../src/neo4j/driver';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded';
import { applyMigrations } from '../src/neo4j/migrations';
import { loadNamedQueries } from '../src/neo4j/named-queries';
import { CYPHER_DIR } from '../src/core/paths';
import { KIND_LABELS } from '../src/core/graph-vocabulary';
import { freePort } from '../test/helpers/free-port';

const CONCEPTS = Number(process.env.EXPORT_CONCEPTS ?? 100000);
const PAPER = 'synthetic-paper';
const BATCH = 5000;
const KINDS = (['TECHNOLOGY', 'TREND', 'INDUSTRY', 'CHALLENGE'] as const).map(
  (kind) => [kind, KIND_LABELS[kind]] as const,
);

/**
 * A paper with 45 sections; each concept has two evidence items (one CURATED, one SOURCE) and two
 * outgoing relations to other concepts, so relationships outnumber concepts about 4 to 1.
 */
async function generate(db: Database): Promise<void> {
  const run = (cypher: string, params: Record<string, unknown> = {}) =>
    db.driver.executeQuery(cypher, params, { database: db.name });
  await run(
    `CREATE (p:Paper {key: $paper, title: 'Synthetic paper', titleZh: '合成文件', publishedOn: '2020-01-01'})
     WITH p UNWIND range(1, 45) AS i
     CREATE (p)-[:HAS_SECTION]->(:Section {key: $paper + '/I.(' + i + ')', paper: $paper,
       number: 'I.(' + i + ')', title: 'Section ' + i, titleZh: '第' + i + '节', level: 2, order: i})`,
    { paper: PAPER },
  );
  for (const [kind, label] of KINDS) {
    const count = Math.ceil(CONCEPTS / KINDS.length);
    for (let from = 0; from < count; from += BATCH) {
      await run(
        `UNWIND range($from, $to) AS i
         WITH i, $kind + '-' + i AS key
         CREATE (c:Concept:$($label) {key: toLower(replace(key, '_', '-')), kind: $kind,
           name: 'Concept ' + key, nameZh: '概念' + i, aliases: ['alias ' + i], summary: 'Synthetic concept ' + key})
         WITH c, i
         MATCH (s1:Section {key: $paper + '/I.(' + (i % 45 + 1) + ')'})
         MATCH (s2:Section {key: $paper + '/I.(' + ((i + 7) % 45 + 1) + ')'})
         CREATE (c)-[:EVIDENCED_IN {basis: 'CURATED', note: 'synthetic'}]->(s1)
         CREATE (c)-[:EVIDENCED_IN {basis: 'SOURCE', sourceUrl: 'https://example.org/' + i}]->(s2)`,
        { from, to: Math.min(from + BATCH, count) - 1, kind, label, paper: PAPER },
      );
    }
  }
  const keys = KINDS.map(([kind]) => kind.toLowerCase().replace('_', '-'));
  const per = Math.ceil(CONCEPTS / KINDS.length);
  for (let from = 0; from < per; from += BATCH) {
    await run(
      `UNWIND $keys AS k UNWIND range($from, $to) AS i
       MATCH (a:Concept {key: k + '-' + i})
       MATCH (b:Concept {key: $keys[(i + 1) % size($keys)] + '-' + ((i * 7 + 3) % $per)})
       MATCH (c:Concept {key: k + '-' + ((i + 1) % $per)})
       CREATE (a)-[:ENABLES {evidenceSections: [$paper + '/I.(1)'], evidenceBases: ['CURATED'],
         evidenceSourceUrls: [''], evidenceNotes: ['']}]->(b)
       CREATE (a)-[:PART_OF {evidenceSections: [$paper + '/I.(2)'], evidenceBases: ['HEADING'],
         evidenceSourceUrls: [''], evidenceNotes: ['']}]->(c)`,
      { keys, from, to: Math.min(from + BATCH, per) - 1, per, paper: PAPER },
    );
  }
}

/** Counts bytes, honouring backpressure like a socket with a small buffer. */
function byteCounter(): Writable & { bytes: number } {
  const sink = new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      sink.bytes += chunk.length;
      setImmediate(callback);
    },
  }) as Writable & { bytes: number };
  sink.bytes = 0;
  return sink;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-bench-'));
  const embedded = process.env.NEO4J_URI
    ? undefined
    : await startEmbeddedNeo4j({
        dataDir,
        port: await freePort(),
        heapMb: 1024,
        pageCacheMb: 256,
        password: '',
        timeoutMs: 300000,
      });
  const uri = process.env.NEO4J_URI ?? embedded!.uri;
  const driver = createDriver({ uri, user: 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' });
  const db = new Database(
    driver,
    'neo4j',
    loadNamedQueries(path.join(CYPHER_DIR, 'queries')),
    600000,
  );
  try {
    await applyMigrations(driver, 'neo4j', path.join(CYPHER_DIR, 'schema'));
    let started = Date.now();
    await generate(db);
    console.log(
      `Generated ${CONCEPTS} concepts in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    console.log('| format | seconds | MB written | peak RSS MB | RSS before MB |');
    console.log('|---|---:|---:|---:|---:|');
    for (const format of EXPORT_FORMATS) {
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      started = Date.now();
      const out = byteCounter();
      const plan = await planExport(db, format, PAPER);
      await plan.write(streamSink(out));
      const seconds = (Date.now() - started) / 1000;
      clearInterval(sampler);
      const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
      console.log(
        `| ${format.name} | ${seconds.toFixed(1)} | ${mb(out.bytes)} | ${mb(peak)} | ${mb(before)} |`,
      );
    }
  } finally {
    await driver.close();
    await embedded?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exitCode = 1;
});
