import { sha256Hex } from '../../src/http/auth';
import { GraphQLBody, startTestApp, TestApp } from '../helpers/app';
import { openTestDatabase } from '../helpers/neo4j';

/** Writes sent at the same moment: each answers its own truth, never an internal error. */
const EDITOR = 'editor-key-for-race-tests';
const editor = { authorization: `Bearer ${EDITOR}` };
const evidence = [
  { paper: 'caict-blockchain-2020', section: 'II.(1).2', basis: 'CURATED', note: 'Race test.' },
];

let app: TestApp;
const { db, close } = openTestDatabase();

beforeAll(async () => {
  app = await startTestApp({ API_KEYS: `${sha256Hex(EDITOR)}:editor` });
});
afterAll(async () => {
  await db.driver.executeQuery(
    "MATCH (c:Concept) WHERE c.key STARTS WITH 'race-' DETACH DELETE c",
    {},
    { database: db.name },
  );
  await app.close();
  await close();
});

const CREATE = `mutation ($input: CreateConceptInput!) { createConcept(input: $input) { key name } }`;
const UPDATE = `mutation ($key: String!, $input: UpdateConceptInput!) {
  updateConcept(key: $key, input: $input) { key name }
}`;
const DELETE = `mutation ($key: String!) { deleteConcept(key: $key) }`;
const LINK = `mutation ($input: LinkInput!) { linkConcepts(input: $input) { type from { key } } }`;

const create = (key: string) =>
  app.graphql(
    CREATE,
    { input: { key, kind: 'TECHNOLOGY', name: `Race ${key}`, evidence } },
    editor,
  );
const remove = (key: string) => app.graphql(DELETE, { key }, editor);

function codes(bodies: GraphQLBody<unknown>[]): string[] {
  return bodies.map((body) => String(body.errors?.[0]?.extensions?.code ?? 'OK')).sort();
}

async function conceptCount(key: string): Promise<number> {
  const { records } = await db.driver.executeQuery(
    'MATCH (c:Concept {key: $key}) RETURN count(c) AS n',
    { key },
    { database: db.name },
  );
  return records[0].get('n') as number;
}

it('gives one success and nineteen CONFLICT to twenty identical createConcept', async () => {
  const bodies = await Promise.all(Array.from({ length: 20 }, () => create('race-twenty')));
  expect(codes(bodies)).toEqual(['OK', ...Array<string>(19).fill('CONFLICT')].sort());
  for (const body of bodies.filter((b) => b.errors)) {
    expect(body.errors![0]).toMatchObject({
      message: 'A concept with key "race-twenty" already exists',
      extensions: { code: 'CONFLICT', field: 'input.key' },
    });
  }
  expect(await conceptCount('race-twenty')).toBe(1);
});

it('answers a link racing the deletion of one end with success or NOT_FOUND/CONFLICT', async () => {
  for (let round = 0; round < 5; round++) {
    const key = `race-link-${round}`;
    expect((await create(key)).errors).toBeUndefined();
    const link = { from: key, to: 'cross-chain', type: 'RELATED_TO', evidence };
    const [linked, deleted] = await Promise.all([
      app.graphql(LINK, { input: link }, editor),
      remove(key),
    ]);
    // The answer also carries `extensions.cost`; what matters here is the deletion's outcome.
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data).toEqual({ deleteConcept: true });
    expect(['OK', 'NOT_FOUND', 'CONFLICT']).toContain(codes([linked])[0]);
    if (linked.errors) expect(linked.data).toBeNull();
    else expect(linked.data).toEqual({ linkConcepts: { type: 'RELATED_TO', from: { key } } });
    // Whatever the order, the deletion won in the end: no relation is left hanging.
    expect(await conceptCount(key)).toBe(0);
  }
});

it('returns what an update wrote even when a delete commits right after it', async () => {
  for (let round = 0; round < 5; round++) {
    const key = `race-update-${round}`;
    expect((await create(key)).errors).toBeUndefined();
    const [updated, deleted] = await Promise.all([
      app.graphql(UPDATE, { key, input: { name: `Renamed ${round}` } }, editor),
      remove(key),
    ]);
    // The answer also carries `extensions.cost`; what matters here is the deletion's outcome.
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data).toEqual({ deleteConcept: true });
    if (updated.errors) {
      expect(updated.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'key' });
    } else {
      expect(updated.data).toEqual({ updateConcept: { key, name: `Renamed ${round}` } });
    }
  }
});

it('gives one success and NOT_FOUND to the others among parallel deletes of one concept', async () => {
  expect((await create('race-delete')).errors).toBeUndefined();
  const bodies = await Promise.all(Array.from({ length: 5 }, () => remove('race-delete')));
  expect(codes(bodies)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'OK']);
});
