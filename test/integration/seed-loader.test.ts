import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { Database } from '../../src/neo4j/database';
import { SEED_DIR } from '../../src/core/paths';
import { createLogger } from '../../src/core/logger';
import { seedIfEmpty } from '../../src/seed/seed.bootstrap';
import { SeedConflictError, SeedValidationError } from '../../src/seed/seed.errors';
import { loadSeed } from '../../src/seed/seed.loader';
import { graphFingerprint } from '../helpers/graph-fingerprint';
import { openTestDatabase } from '../helpers/neo4j';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'seeds');
const TEST_PAPERS = ['test-seed-paper', 'test-conflict-paper', 'test-cross-a', 'test-cross-b'];
const API_CONCEPTS = ['test-api-note', 'test-conflict-ledger'];

let db: Database;
let close: () => Promise<void>;

async function cypher(query: string, params: Record<string, unknown> = {}) {
  const { records } = await db.driver.executeQuery(query, params, { database: db.name });
  return records.map((record) => record.toObject());
}

/** Every node and relationship with ids, labels, types and properties, in a stable order. */
async function dump(): Promise<string[]> {
  const nodes = (
    await cypher('MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props')
  ).map((row) => ({ ...row, labels: [...(row.labels as string[])].sort() }));
  const relationships = await cypher(
    'MATCH (a)-[r]->(b) RETURN elementId(r) AS id, elementId(a) AS a, type(r) AS type, ' +
      'elementId(b) AS b, properties(r) AS props',
  );
  const canonical = (row: Record<string, unknown>) =>
    JSON.stringify(row, (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)))
        : value,
    );
  return [...nodes, ...relationships].map(canonical).sort();
}

/** Concepts an editor made through the API carry no seededBy mark. */
async function createApiConcept(key: string, relatedTo?: string): Promise<void> {
  await cypher(
    `MERGE (c:Concept:Technology {key: $key}) SET c.kind = 'TECHNOLOGY', c.name = $key
     WITH c MATCH (other:Concept {key: $relatedTo}) MERGE (c)-[:RELATED_TO]->(other)`,
    { key, relatedTo: relatedTo ?? '' },
  );
}

function copyFixture(fixture: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seed-test-'));
  fs.cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

function editYaml(file: string, edit: (data: Record<string, unknown[]>) => void): void {
  const data = YAML.parse(fs.readFileSync(file, 'utf8'));
  edit(data);
  fs.writeFileSync(file, YAML.stringify(data));
}

/** Also run first, in case an interrupted run against a kept NEO4J_URI database left some. */
async function removeTestData(): Promise<void> {
  await cypher('MATCH (n) WHERE n.seededBy IN $papers OR n.key IN $keys DETACH DELETE n', {
    papers: TEST_PAPERS,
    keys: API_CONCEPTS,
  });
}

beforeAll(async () => {
  ({ db, close } = openTestDatabase());
  await removeTestData();
});

afterAll(async () => {
  await removeTestData();
  await close();
});

describe('seed loader', () => {
  test('reloading the real seed reports no change and changes nothing', async () => {
    const before = await dump();
    const report = await loadSeed(db, { seedDir: SEED_DIR });
    expect(report.changed).toBe(false);
    for (const entity of [
      'papers',
      'sections',
      'concepts',
      'relations',
      'facts',
      'evidence',
    ] as const) {
      expect(report[entity]).toMatchObject({ created: 0, updated: 0, deleted: 0 });
      expect(report[entity].unchanged).toBeGreaterThan(0);
    }
    expect(await dump()).toEqual(before);
  });

  test('a seed with problems throws them all and writes nothing', async () => {
    const before = await dump();
    const load = loadSeed(db, { seedDir: path.join(FIXTURES, 'many-problems') });
    const error = await load.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).problems).toHaveLength(7);
    expect(await dump()).toEqual(before);
  });

  test('a key owned by an API-made concept stops the load before anything is written', async () => {
    await createApiConcept('test-conflict-ledger');
    const before = await dump();
    const stages: string[] = [];
    const load = loadSeed(db, {
      seedDir: path.join(FIXTURES, 'conflict'),
      onProgress: (_done, _total, stage) => stages.push(stage),
    });
    await expect(load).rejects.toThrow(SeedConflictError);
    await expect(load).rejects.toThrow(/test-conflict-ledger \(created through the API\)/);
    expect(stages).toEqual([]);
    expect(await dump()).toEqual(before);
  });

  test('a relation an editor made through the API stops a seed that would take it over', async () => {
    const seedDir = copyFixture('valid');
    const relations = path.join(seedDir, 'test-seed-paper', 'relations.yaml');
    const isConsensusLink = (r: unknown) => (r as { from: string }).from === 'test-consensus';
    try {
      editYaml(relations, (data) => {
        data.relations = data.relations.filter((r) => !isConsensusLink(r));
      });
      await loadSeed(db, { seedDir });
      await cypher(
        `MATCH (a:Concept {key: 'test-consensus'}), (b:Concept {key: 'test-ledger'})
         CREATE (a)-[:PART_OF {evidenceSections: ['test-seed-paper/I'], evidenceBases: ['CURATED'],
           evidenceSourceUrls: [''], evidenceNotes: ['made by an editor']}]->(b)`,
      );
      fs.cpSync(path.join(FIXTURES, 'valid', 'test-seed-paper', 'relations.yaml'), relations);
      const before = await dump();
      const load = loadSeed(db, { seedDir });
      await expect(load).rejects.toThrow(SeedConflictError);
      await expect(load).rejects.toThrow(
        /test-consensus PART_OF test-ledger \(created through the API\)/,
      );
      expect(await dump()).toEqual(before);
    } finally {
      await removeTestData();
      fs.rmSync(seedDir, { recursive: true, force: true });
    }
  });

  test('a load that stops part-way is marked incomplete, and the next load completes it', async () => {
    const seedDir = path.join(FIXTURES, 'valid');
    const state = async () =>
      (await cypher("MATCH (m:SeedLoad {key: 'graph-seed'}) RETURN m.complete AS complete"))[0];
    try {
      const first = await loadSeed(db, { seedDir });
      const complete = await graphFingerprint(db);
      await removeTestData();

      const interrupted = loadSeed(db, {
        seedDir,
        onProgress: (_done, _total, stage) => {
          if (stage === 'relations')
            throw new Error('interrupted after the relations were written');
        },
      });
      await expect(interrupted).rejects.toThrow('interrupted after the relations were written');
      expect(await state()).toEqual({ complete: false });
      const partial = await cypher(
        `MATCH (c:Concept {seededBy: 'test-seed-paper'})
         RETURN count(c) AS concepts, COUNT { (c)-[:EVIDENCED_IN]->() } AS evidence`,
      );
      expect(partial).toEqual([{ concepts: 4, evidence: 0 }]);

      // The API's start-up load runs while the mark says incomplete (here: the real seed, unchanged).
      await seedIfEmpty(db, createLogger('silent'));
      expect(await state()).toEqual({ complete: true });

      const again = await loadSeed(db, { seedDir });
      expect(again.concepts).toMatchObject({ created: 0, unchanged: 4 });
      expect(again.relations).toMatchObject({ created: 0, unchanged: first.relations.created });
      expect(again.evidence).toMatchObject({ created: first.evidence.created });
      expect(await state()).toEqual({ complete: true });
      expect(await graphFingerprint(db)).toBe(complete);
    } finally {
      await removeTestData();
    }
  });

  test('a relation, a publisher and a fact may name a concept of a paper folder loaded later', async () => {
    const report = await loadSeed(db, { seedDir: path.join(FIXTURES, 'cross-paper') });
    expect(report).toMatchObject({
      papers: { created: 2 },
      concepts: { created: 3 },
      relations: { created: 2 },
      facts: { created: 1 },
    });
    const links = await cypher(
      `MATCH (a:Concept {key: 'test-cross-a-ledger'})-[r:APPLIED_IN]->(b:Concept {key: 'test-cross-b-trade'})
       MATCH (:Paper {key: 'test-cross-a'})-[:PUBLISHED_BY]->(p:Concept)
       MATCH (:Fact {key: 'test-cross-a-fact'})-[:ABOUT]->(about:Concept)
       RETURN r.seededBy AS seededBy, p.key AS publisher, about.key AS about`,
    );
    expect(links).toEqual([
      {
        seededBy: 'test-cross-a',
        publisher: 'test-cross-b-publisher',
        about: 'test-cross-b-trade',
      },
    ]);
    const again = await loadSeed(db, { seedDir: path.join(FIXTURES, 'cross-paper') });
    expect(again.changed).toBe(false);
    await removeTestData();
  });

  test('a load creates what the graph lacks beside what it merges, and ends with the same graph', async () => {
    const seedDir = path.join(FIXTURES, 'cross-paper');
    try {
      await loadSeed(db, { seedDir });
      const complete = await graphFingerprint(db);
      // Gone again: one concept, with its relation (to another paper's concept) and evidence.
      await cypher("MATCH (c:Concept {key: 'test-cross-a-ledger'}) DETACH DELETE c");

      const report = await loadSeed(db, { seedDir });
      expect(report).toMatchObject({
        concepts: { created: 1, updated: 0, unchanged: 2 },
        relations: { created: 1, updated: 0, unchanged: 1 },
        evidence: { created: 1, updated: 0 },
      });
      expect(await graphFingerprint(db)).toBe(complete);
    } finally {
      await removeTestData();
    }
  });

  test("a relation's blank URL, quote and note lists are not stored, and one that turns blank is removed", async () => {
    const seedDir = copyFixture('valid');
    const lists = (from: string) =>
      cypher(
        `MATCH (:Concept {key: $from})-[r]->(:Concept {key: 'test-ledger'})
         RETURN r.evidenceBases AS bases, r.evidenceSourceUrls AS urls,
                r.evidenceQuotes AS quotes, r.evidenceNotes AS notes`,
        { from },
      );
    try {
      await loadSeed(db, { seedDir });
      expect(await lists('test-consensus')).toEqual([
        { bases: ['CURATED'], urls: null, quotes: null, notes: null },
      ]);
      const [sourced] = await lists('test-smart-contract');
      expect(sourced.bases).toEqual(['CURATED', 'SOURCE']);
      expect((sourced.urls as string[])[0]).toBe('');
      expect((sourced.urls as string[])[1]).toMatch(/^https?:\/\//);
      expect(sourced.notes).toEqual(['', 'The source says so.']);

      // The sourced evidence goes: the three lists would now be blank, so they go too.
      editYaml(path.join(seedDir, 'test-seed-paper', 'relations.yaml'), (data) => {
        const relation = data.relations.find(
          (r) => (r as { from: string }).from === 'test-smart-contract',
        ) as { evidence: unknown[] };
        relation.evidence = relation.evidence.slice(0, 1);
      });
      const report = await loadSeed(db, { seedDir });
      expect(report.relations).toMatchObject({ updated: 1, unchanged: 2 });
      expect(await lists('test-smart-contract')).toEqual([
        { bases: ['CURATED'], urls: null, quotes: null, notes: null },
      ]);
    } finally {
      fs.rmSync(seedDir, { recursive: true, force: true });
      await removeTestData();
    }
  });

  test('prune removes what a paper seed dropped and leaves API-made concepts alone', async () => {
    const seedDir = copyFixture('valid');
    try {
      const first = await loadSeed(db, { seedDir });
      expect(first).toMatchObject({
        changed: true,
        papers: { created: 1 },
        sections: { created: 4 },
        concepts: { created: 4 },
        relations: { created: 3 },
        facts: { created: 1 },
        evidence: { created: 7 },
      });
      await createApiConcept('test-api-note', 'test-ledger');

      const paperDir = path.join(seedDir, 'test-seed-paper');
      editYaml(path.join(paperDir, 'concepts', 'technology.yaml'), (data) => {
        data.concepts = data.concepts.filter(
          (c) => (c as { key: string }).key !== 'test-smart-contract',
        );
      });
      editYaml(path.join(paperDir, 'relations.yaml'), (data) => {
        data.relations = data.relations.filter(
          (r) => (r as { from: string }).from !== 'test-smart-contract',
        );
      });

      const kept = await loadSeed(db, { seedDir });
      expect(kept.changed).toBe(false);
      expect(kept.concepts).toEqual({ created: 0, updated: 0, unchanged: 3, deleted: 0 });

      const pruned = await loadSeed(db, { seedDir, prune: true });
      expect(pruned.changed).toBe(true);
      expect(pruned.concepts).toEqual({ created: 0, updated: 0, unchanged: 3, deleted: 1 });
      expect(pruned.relations).toMatchObject({ unchanged: 2, deleted: 1 });
      expect(pruned.evidence).toMatchObject({ unchanged: 5, deleted: 2 });

      const keys = await cypher(
        `MATCH (c:Concept) WHERE c.key STARTS WITH 'test-' AND c.key <> 'test-conflict-ledger'
         RETURN c.key AS key ORDER BY key`,
      );
      expect(keys.map((row) => row.key)).toEqual([
        'test-api-note',
        'test-consensus',
        'test-ledger',
        'test-publisher',
      ]);
      const apiRelation = await cypher(
        `MATCH (:Concept {key: 'test-api-note'})-[r:RELATED_TO]->(:Concept {key: 'test-ledger'})
         RETURN count(r) AS n`,
      );
      expect(apiRelation[0].n).toBe(1);

      const again = await loadSeed(db, { seedDir, prune: true });
      expect(again.changed).toBe(false);
    } finally {
      fs.rmSync(seedDir, { recursive: true, force: true });
    }
  });
});
