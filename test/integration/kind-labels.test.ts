import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { KIND_LABELS } from '../../src/core/graph-vocabulary';
import { Database } from '../../src/neo4j/database';
import { loadSeed } from '../../src/seed/seed.loader';
import { openTestDatabase } from '../helpers/neo4j';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'seeds');
const PAPER = 'test-seed-paper';

let db: Database;
let close: () => Promise<void>;
let seedDir: string;

async function labelsOf(key: string): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    'MATCH (c:Concept {key: $key}) RETURN labels(c) AS labels',
    { key },
    { database: db.name },
  );
  return [...(records[0].get('labels') as string[])].sort();
}

async function removeTestPaper(): Promise<void> {
  await db.driver.executeQuery(
    'MATCH (n {seededBy: $paper}) DETACH DELETE n',
    { paper: PAPER },
    { database: db.name },
  );
}

beforeAll(async () => {
  ({ db, close } = openTestDatabase());
  await removeTestPaper();
  seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-kind-labels-'));
  fs.cpSync(path.join(FIXTURES, 'valid'), seedDir, { recursive: true });
});

afterAll(async () => {
  await removeTestPaper();
  await close();
  fs.rmSync(seedDir, { recursive: true, force: true });
});

// The seed removes every label but Concept before setting the kind's, rather than a list of the
// kinds' labels written in the query.
test('a concept moved to another kind keeps Concept and only its new kind’s label', async () => {
  await loadSeed(db, { seedDir });
  expect(await labelsOf('test-consensus')).toEqual(['Concept', KIND_LABELS.TECHNOLOGY]);

  const concepts = path.join(seedDir, PAPER, 'concepts');
  const technologies = YAML.parse(fs.readFileSync(path.join(concepts, 'technology.yaml'), 'utf8'));
  const organizations = YAML.parse(
    fs.readFileSync(path.join(concepts, 'organization.yaml'), 'utf8'),
  );
  const index = technologies.concepts.findIndex((c: { key: string }) => c.key === 'test-consensus');
  const [moved] = technologies.concepts.splice(index, 1);
  delete moved.category; // only technologies have one
  organizations.concepts.push(moved);
  fs.writeFileSync(path.join(concepts, 'technology.yaml'), YAML.stringify(technologies));
  fs.writeFileSync(path.join(concepts, 'organization.yaml'), YAML.stringify(organizations));

  const report = await loadSeed(db, { seedDir });
  expect(report.concepts.updated).toBe(1);
  expect(await labelsOf('test-consensus')).toEqual(['Concept', KIND_LABELS.ORGANIZATION]);
  expect(await labelsOf('test-ledger')).toEqual(['Concept', KIND_LABELS.TECHNOLOGY]);
});
