import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticSeed, SyntheticSeedSummary } from '../../bench/synthetic-seed';
import { Database } from '../../src/neo4j/database';
import { createDriver } from '../../src/neo4j/driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/neo4j/embedded';
import { deferConceptIndexes } from '../../src/neo4j/deferred-indexes';
import { applyMigrations } from '../../src/neo4j/migrations';
import { loadNamedQueries } from '../../src/neo4j/named-queries';
import { CYPHER_DIR } from '../../src/core/paths';
import { loadSeed } from '../../src/seed/seed.loader';
import { SeedValidationError } from '../../src/seed/seed.errors';
import { ENTITIES } from '../../src/seed/seed.report';
import { buildRows, PaperRows } from '../../src/seed/seed.rows';
import { validateSeed } from '../../src/seed/seed.validator';
import { freePort } from '../helpers/free-port';
import { PlanNode, planOperators } from '../helpers/plan';

/**
 * The seed loader on a synthetic graph (bench/synthetic-seed.ts) in an embedded Neo4j of this
 * suite's own, which starts empty: the plans of its per-row queries must stay linear on an empty
 * database and on a loaded one, and the load must be complete and repeatable.
 */

const CONCEPTS = 2000;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seed-scale-neo4j-'));
const seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seed-scale-seed-'));
const queries = loadNamedQueries(path.join(CYPHER_DIR, 'queries'));
let neo4j: EmbeddedNeo4j;
let db: Database;
let summary: SyntheticSeedSummary;

/** Operators that read more than the rows' own keys lead to: a scan per row is quadratic. */
const SCAN =
  /^(AllNodesScan|NodeByLabelScan|NodeIndexScan|\w*RelationshipsScan|\w*RelationshipTypeScan|\w*RelationshipIndexScan)/;

/** Queries that take the seed's rows (or keys) one by one; prune and mark queries run once. */
const PER_ROW = [...queries]
  .filter(([name, text]) => name.startsWith('seed') && /UNWIND \$(rows|keys)/.test(text))
  .map(([name]) => name);

/** Parameters of each per-row query, as the loader sends them (one row is enough to plan). */
const SAMPLES: Record<string, (rows: PaperRows) => Record<string, unknown>> = {
  seedOwners: (rows) => ({ keys: [rows.concepts[0].key] }),
  seedRelationOwners: (rows) => ({ paper: 'other', rows: rows.relations.slice(0, 1) }),
  seedMergePapers: (rows) => ({ rows: rows.paper }),
  seedMergeSections: (rows) => ({ rows: rows.sections.slice(0, 1) }),
  seedMergeConcepts: (rows) => ({ rows: rows.concepts.slice(0, 1) }),
  seedCreateConcepts: (rows) => ({ rows: rows.concepts.slice(0, 1) }),
  seedMergeFacts: (rows) => ({ rows: rows.facts.slice(0, 1) }),
  seedCreateFacts: (rows) => ({ rows: rows.facts.slice(0, 1) }),
  seedMergeRelations: (rows) => ({ rows: rows.relations.slice(0, 1) }),
  seedCreateRelations: (rows) => ({ rows: rows.relations.slice(0, 1) }),
  seedMergeEvidence: (rows) => ({ rows: rows.evidence.slice(0, 1) }),
  seedCreateEvidence: (rows) => ({
    rows: rows.evidence.filter((row) => row.ownerLabel === 'Concept').slice(0, 1),
  }),
  seedLinkChapters: (rows) => ({ rows: rows.chapterLinks.slice(0, 1) }),
  seedLinkSubsections: (rows) => ({ rows: rows.subsectionLinks.slice(0, 1) }),
  seedLinkPublishers: (rows) => ({ rows: rows.publisherLinks }),
  seedLinkAbout: (rows) => ({ rows: rows.aboutLinks.slice(0, 1) }),
};

/** The rows of the first synthetic paper. */
async function syntheticRows(): Promise<PaperRows> {
  const { seed } = await validateSeed(seedDir);
  const [paper] = seed.papers.filter((p) => p.paper.key.startsWith('syn'));
  return buildRows(paper);
}

async function explain(name: string, params: Record<string, unknown>): Promise<string[]> {
  const result = await db.driver.executeQuery(`EXPLAIN ${db.text(name)}`, params, {
    database: db.name,
  });
  return planOperators(result.summary.plan as unknown as PlanNode);
}

async function expectLinearPlans(): Promise<void> {
  // A new per-row query needs its sample here, so that its plan is checked too.
  expect([...PER_ROW].sort()).toEqual(Object.keys(SAMPLES).sort());
  const rows = await syntheticRows();
  for (const name of PER_ROW) {
    const lines = await explain(name, SAMPLES[name](rows));
    expect({ name, scans: lines.filter((line) => SCAN.test(line)) }).toEqual({ name, scans: [] });
    // A query that reads the graph finds its rows by key; one that only creates reads nothing.
    const reads = lines.filter((line) => /^\w*(Seek|Scan|Expand)/.test(line));
    expect({
      name,
      keySeek: reads.length === 0 || reads.some((l) => /^NodeUniqueIndexSeek/.test(l)),
    }).toEqual({
      name,
      keySeek: true,
    });
  }
}

const GRAPH_VERSION = "OPTIONAL MATCH (v:GraphVersion {key: 'graph'}) RETURN coalesce(v.value, 0)";

const FULLTEXT = ['concept_text_en ONLINE', 'concept_text_zh ONLINE'];

async function fulltextIndexes(): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    'SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state ORDER BY name',
    {},
    { database: db.name },
  );
  return records.map((r) => `${r.get('name')} ${r.get('state')}`);
}

async function searchHits(): Promise<number> {
  return count(
    "CALL db.index.fulltext.queryNodes('concept_text_en', 'ledger') YIELD node RETURN count(node)",
  );
}

async function count(query: string): Promise<number> {
  const { records } = await db.driver.executeQuery(query, {}, { database: db.name });
  return records[0].get(0) as number;
}

beforeAll(async () => {
  neo4j = await startEmbeddedNeo4j({
    dataDir,
    port: await freePort(),
    heapMb: 512,
    pageCacheMb: 64,
    password: '',
    timeoutMs: 180000,
  });
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: '' });
  db = new Database(driver, 'neo4j', queries, 60000);
  await applyMigrations(driver, 'neo4j', path.join(CYPHER_DIR, 'schema'));
  summary = writeSyntheticSeed({ concepts: CONCEPTS, dir: seedDir, conceptsPerPaper: 500 });
}, 240000);

afterAll(async () => {
  await db?.driver.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(seedDir, { recursive: true, force: true });
});

describe('seed loader at scale', () => {
  test('on an empty database, every per-row query seeks by key and scans nothing', async () => {
    expect(
      await count('MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:GraphVersion RETURN count(n)'),
    ).toBe(0);
    await expectLinearPlans();
  });

  test('a rehearsal runs its queries in a transaction that writes nothing', async () => {
    const [concept] = (await syntheticRows()).concepts;
    let seen: unknown[] = [];
    await db.rehearse(async (tx) => {
      await tx.run('seedCreateConcepts', { rows: [concept] });
      seen = await tx.run('seedOwners', { keys: [concept.key] });
    });
    expect(seen).toEqual([{ key: concept.key, owner: concept.props.seededBy }]);
    expect(await count('MATCH (c:Concept) RETURN count(c)')).toBe(0);
  });

  test('a first load of an invalid seed of several folders writes nothing', async () => {
    const invalidDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seed-scale-invalid-'));
    try {
      fs.cpSync(seedDir, invalidDir, { recursive: true });
      // The last folder has a problem, so the first folder's rehearsal may run meanwhile.
      const [last] = fs.readdirSync(invalidDir).sort().reverse();
      fs.appendFileSync(path.join(invalidDir, last, 'paper.yaml'), 'colour: blue\n');
      const version = await count(GRAPH_VERSION);
      const error = await loadSeed(db, { seedDir: invalidDir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedValidationError);
      expect((error as SeedValidationError).problems).toEqual([
        {
          file: path.join(invalidDir, last, 'paper.yaml'),
          line: expect.any(Number),
          message: 'unknown field "colour"',
        },
      ]);
      expect(
        await count('MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:GraphVersion RETURN count(n)'),
      ).toBe(0);
      expect(await count(GRAPH_VERSION)).toBe(version);
    } finally {
      fs.rmSync(invalidDir, { recursive: true, force: true });
    }
  });

  test('loads a synthetic seed of several papers whose relations cross them', async () => {
    const report = await loadSeed(db, { seedDir });
    expect(report).toMatchObject({
      papers: { created: summary.papers },
      concepts: { created: summary.concepts },
      relations: { created: summary.relations },
      facts: { created: summary.facts },
    });
    expect(await count('MATCH (c:Concept) RETURN count(c)')).toBe(summary.concepts);
    expect(await count('MATCH (:Concept)-[r]->(:Concept) RETURN count(r)')).toBe(summary.relations);
    const crossing = await count(
      `MATCH (a:Concept)-[r]->(b:Concept) WHERE a.seededBy <> b.seededBy RETURN count(r)`,
    );
    expect(crossing).toBeGreaterThan(0);
    // The first load set the read-only indexes aside and built them again (deferred-indexes.ts).
    expect(await fulltextIndexes()).toEqual(FULLTEXT);
    expect(
      await count(
        `SHOW INDEXES YIELD type, labelsOrTypes, owningConstraint, state
         WHERE type = 'RANGE' AND labelsOrTypes = ['Concept'] AND owningConstraint IS NULL
           AND state = 'ONLINE'
         RETURN count(*)`,
      ),
    ).toBe(3);
    expect(await count('MATCH (d:DeferredIndex) RETURN count(d)')).toBe(0);
    expect(await searchHits()).toBeGreaterThan(0);

    const again = await loadSeed(db, { seedDir });
    expect(again.changed).toBe(false);
    for (const entity of ENTITIES) {
      expect(again[entity]).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    }
  }, 240000);

  test('on the loaded database the plans stay the same, and a row costs a bounded read', async () => {
    await expectLinearPlans();
    const rows = (await syntheticRows()).relations.slice(0, 200);
    const session = db.driver.session({ database: db.name });
    try {
      const result = await session.executeWrite((tx) =>
        tx.run(`PROFILE ${db.text('seedMergeRelations')}`, { rows }),
      );
      const hits: number[] = [];
      const visit = (node: PlanNode) => {
        hits.push(node.dbHits ?? 0);
        node.children.forEach(visit);
      };
      visit(result.summary.profile as unknown as PlanNode);
      const perRow = hits.reduce((a, b) => a + b, 0) / rows.length;
      // A few index and relationship reads per row; a scan would read thousands (every relation).
      expect(perRow).toBeLessThan(100);
    } finally {
      await session.close();
    }
  });

  test('a loaded graph keeps its indexes during a load', async () => {
    expect(await deferConceptIndexes(db.driver, db.name)).toBe(false);
    expect(await fulltextIndexes()).toEqual(FULLTEXT);
  });

  test('indexes set aside by a load that was killed come back with the next migrations', async () => {
    // The state a killed first load leaves: the indexes recorded, then dropped.
    const { records } = await db.driver.executeQuery(
      'SHOW FULLTEXT INDEXES YIELD name, createStatement RETURN name, createStatement',
      {},
      { database: db.name },
    );
    await db.driver.executeQuery(
      'UNWIND $indexes AS i CREATE (:DeferredIndex {name: i.name, statement: i.statement})',
      {
        indexes: records.map((r) => ({ name: r.get('name'), statement: r.get('createStatement') })),
      },
      { database: db.name },
    );
    for (const name of ['concept_text_en', 'concept_text_zh']) {
      await db.driver.executeQuery(`DROP INDEX ${name}`, {}, { database: db.name });
    }
    expect(await fulltextIndexes()).toEqual([]);
    await applyMigrations(db.driver, db.name, path.join(CYPHER_DIR, 'schema'));
    expect(await fulltextIndexes()).toEqual(FULLTEXT);
    expect(await count('MATCH (d:DeferredIndex) RETURN count(d)')).toBe(0);
    expect(await searchHits()).toBeGreaterThan(0);
  }, 120000);
});
