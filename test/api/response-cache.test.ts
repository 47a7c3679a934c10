import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { sha256Hex } from '../../src/http/auth';
import { loadSeed } from '../../src/seed/seed.loader';
import { startTestApp, TestApp } from '../helpers/app';
import { waitFor } from '../helpers/wait-for';
import { openTestDatabase } from '../helpers/neo4j';

const EDITOR = 'response-cache-editor-key';
const editor = { authorization: `Bearer ${EDITOR}` };
const KEY = 'test-cache-concept';
const POLL_MS = 200;
const env = { API_KEYS: `${sha256Hex(EDITOR)}:editor`, GRAPH_VERSION_POLL_MS: String(POLL_MS) };
const evidence = [{ paper: 'caict-blockchain-2020', section: 'II.(1).2', basis: 'CURATED' }];

const NAME = `query Name($key: String!) { concept(key: $key) { key name } }`;
const UPDATE = `mutation Rename($key: String!, $name: String!) {
  updateConcept(key: $key, input: { name: $name }) { name }
}`;

const { db, close } = openTestDatabase();
const sent: string[] = [];
const sentByReplica: string[] = [];
let app: TestApp;
let replica: TestApp;

async function nameOn(target: TestApp, key = KEY): Promise<string | undefined> {
  const body = await target.graphql<{ concept: { name: string } | null }>(NAME, { key });
  expect(body.errors).toBeUndefined();
  return body.data?.concept?.name;
}

async function rename(name: string): Promise<void> {
  const body = await app.graphql(UPDATE, { key: KEY, name }, editor);
  expect(body.errors).toBeUndefined();
}

async function removeTestData(): Promise<void> {
  await db.driver.executeQuery(
    "MATCH (n) WHERE n.key = $key OR n.seededBy = 'test-seed-paper' DETACH DELETE n",
    { key: KEY },
    { database: db.name },
  );
}

beforeAll(async () => {
  await removeTestData();
  app = await startTestApp(env, (name) => sent.push(name));
  replica = await startTestApp(env, (name) => sentByReplica.push(name));
  const created = await app.graphql(
    `mutation($input: CreateConceptInput!) { createConcept(input: $input) { key } }`,
    { input: { key: KEY, kind: 'TECHNOLOGY', name: 'Cache test 0', evidence } },
    editor,
  );
  expect(created.errors).toBeUndefined();
});

afterAll(async () => {
  await removeTestData();
  await app.close();
  await replica.close();
  await close();
});

describe('response cache', () => {
  it('answers a repeated query without asking Neo4j', async () => {
    const first = await app.graphql('{ stats { concepts relations } }');
    sent.splice(0);
    const again = await app.graphql('{ stats { concepts relations } }');
    expect(again).toEqual(first);
    expect(sent).toEqual([]);
  });

  it("serves a repeat as the first answer byte for byte, with its method's caching headers", async () => {
    const query = '{ stats { facts } }';
    const get = () => fetch(`${app.url}/graphql?query=${encodeURIComponent(query)}`);
    const post = (headers: Record<string, string> = {}) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
    const first = await get();
    const firstText = await first.text();
    sent.splice(0);
    const again = await get();
    expect(await again.text()).toBe(firstText);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('cache-control')).toMatch(/^public, max-age=/);
    expect(again.headers.get('content-type')).toMatch(/^application\/json/);
    const posted = await post();
    expect(await posted.text()).toBe(firstText);
    expect(posted.headers.get('cache-control')).toBe('no-store');
    expect(posted.headers.get('etag')).toBeNull();
    expect(sent).toEqual([]);
    // Another role has answers of its own: the editor's first read asks Neo4j.
    const asEditor = await post(editor);
    expect(await asEditor.text()).toBe(firstText);
    expect(sent).toEqual(['graphStats']);
  });

  it('never answers from before a write made through the same process', async () => {
    for (let i = 1; i <= 5; i += 1) {
      expect(await nameOn(app)).toBe(`Cache test ${i - 1}`);
      await rename(`Cache test ${i}`);
      expect(await nameOn(app)).toBe(`Cache test ${i}`);
    }
  });

  it('shows a write made through another instance once that instance polls the version', async () => {
    // The replica holds the current name in its cache (once its poll has caught up with the
    // writes of the tests above): a second read sends nothing to Neo4j.
    const current = await nameOn(app);
    const cachedOnReplica = async () => {
      const first = await nameOn(replica);
      sentByReplica.splice(0);
      const second = await nameOn(replica);
      return first === current && second === current && sentByReplica.length === 0;
    };
    await waitFor('the replica to answer from its cache', 20 * POLL_MS, cachedOnReplica);
    await rename('Renamed elsewhere');
    const seen = async () => (await nameOn(replica)) === 'Renamed elsewhere';
    await waitFor('the replica to see the rename', 20 * POLL_MS, seen);
  });

  it('shows a change made by a seed load', async () => {
    const seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cache-seed-'));
    const fixture = path.join(__dirname, '..', 'fixtures', 'seeds', 'valid');
    fs.cpSync(fixture, seedDir, { recursive: true });
    try {
      await loadSeed(db, { seedDir });
      expect(await nameOn(app, 'test-ledger')).toBe('Test ledger');
      const file = path.join(seedDir, 'test-seed-paper', 'concepts', 'technology.yaml');
      const data = YAML.parse(fs.readFileSync(file, 'utf8'));
      data.concepts[0].name = 'Test ledger, renamed by the seed';
      fs.writeFileSync(file, YAML.stringify(data));
      await loadSeed(db, { seedDir });
      const renamed = async () =>
        (await nameOn(app, 'test-ledger')) === 'Test ledger, renamed by the seed';
      await waitFor("the seed loader's rename to be seen", 20 * POLL_MS, renamed);
    } finally {
      fs.rmSync(seedDir, { recursive: true, force: true });
    }
  });

  it('does not keep answers with errors', async () => {
    // One field answers, the other is refused: the answer has data and an error.
    const partial = '{ stats { concepts } concepts(first: 101) { totalCount } }';
    const first = await app.graphql(partial);
    expect(first.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    sent.splice(0);
    expect(await app.graphql(partial)).toEqual(first);
    expect(sent).toContain('graphStats');
  });
});

describe('with RESPONSE_CACHE_MB=0', () => {
  it('answers every request from Neo4j, and sees writes at once', async () => {
    const queries: string[] = [];
    const uncached = await startTestApp({ ...env, RESPONSE_CACHE_MB: '0' }, (name) =>
      queries.push(name),
    );
    try {
      const first = await uncached.graphql('{ stats { concepts } }');
      queries.splice(0);
      expect(await uncached.graphql('{ stats { concepts } }')).toEqual(first);
      expect(queries.length).toBeGreaterThan(0);
      const body = await uncached.graphql(UPDATE, { key: KEY, name: 'Uncached' }, editor);
      expect(body.errors).toBeUndefined();
      expect(await nameOn(uncached)).toBe('Uncached');
    } finally {
      await uncached.close();
    }
  });
});
