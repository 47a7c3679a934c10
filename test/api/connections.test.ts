import { sha256Hex } from '../../src/http/auth';
import { startTestApp, TestApp } from '../helpers/app';
import { openTestDatabase } from '../helpers/neo4j';

const EDITOR = 'editor-key-for-connection-tests';
const editor = { authorization: `Bearer ${EDITOR}` };
const evidence = [
  { paper: 'caict-blockchain-2020', section: 'II.(1).2', basis: 'CURATED', note: 'Test.' },
];
// Every concept of these tests has this in its name, so a filtered list holds only them.
const MARK = 'keyset probe';

let app: TestApp;
const { db, close } = openTestDatabase();

async function removeProbes() {
  await db.driver.executeQuery(
    "MATCH (c:Concept) WHERE c.key STARTS WITH 'test-keyset-' DETACH DELETE c",
    {},
    { database: db.name },
  );
}

beforeAll(async () => {
  app = await startTestApp({ API_KEYS: `${sha256Hex(EDITOR)}:editor` });
});
beforeEach(removeProbes);
afterAll(async () => {
  await removeProbes();
  await app.close();
  await close();
});

async function create(letter: string) {
  const body = await app.graphql(
    `mutation($input: CreateConceptInput!) { createConcept(input: $input) { key } }`,
    {
      input: {
        key: `test-keyset-${letter}`,
        kind: 'TECHNOLOGY',
        name: `${MARK} ${letter}`,
        evidence,
      },
    },
    editor,
  );
  expect(body.errors).toBeUndefined();
}

async function remove(letter: string) {
  const body = await app.graphql(
    `mutation($key: String!) { deleteConcept(key: $key) }`,
    {
      key: `test-keyset-${letter}`,
    },
    editor,
  );
  expect(body.errors).toBeUndefined();
}

interface Page {
  keys: string[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

async function page(args: Record<string, unknown>): Promise<Page> {
  const body = await app.graphql<{
    concepts: { edges: { node: { key: string } }[]; pageInfo: Page['pageInfo'] };
  }>(
    `query($first: Int, $after: String, $last: Int, $before: String, $mark: String) {
      concepts(first: $first, after: $after, last: $last, before: $before,
               filter: { nameContains: $mark }) {
        edges { cursor node { key } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      } }`,
    { mark: MARK, ...args },
  );
  expect(body.errors).toBeUndefined();
  const { edges, pageInfo } = body.data!.concepts;
  return { keys: edges.map((e) => e.node.key.replace('test-keyset-', '')), pageInfo };
}

describe('keyset cursors', () => {
  it('forward: an insert before the cursor and the deletion of its item neither repeat nor skip', async () => {
    for (const letter of ['b', 'd', 'f', 'h']) await create(letter);
    const first = await page({ first: 2 });
    expect(first.keys).toEqual(['b', 'd']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    await create('a'); // sorts before the page already read
    await remove('d'); // the item the cursor names
    const second = await page({ first: 2, after: first.pageInfo.endCursor });
    expect(second.keys).toEqual(['f', 'h']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('backward: an insert after the cursor and the deletion of its item neither repeat nor skip', async () => {
    for (const letter of ['b', 'd', 'f', 'h']) await create(letter);
    const last = await page({ last: 2 });
    expect(last.keys).toEqual(['f', 'h']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    await create('z'); // sorts after the page already read
    await remove('f'); // the item the cursor names
    const earlier = await page({ last: 2, before: last.pageInfo.startCursor });
    expect(earlier.keys).toEqual(['b', 'd']);
    expect(earlier.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('pages the same list both ways in every order', async () => {
    for (const letter of ['b', 'd', 'f']) await create(letter);
    for (const orderBy of ['NAME', 'DEGREE', 'OUTLINE']) {
      const body = await app.graphql<{ concepts: { edges: { node: { key: string } }[] } }>(
        `query($mark: String, $orderBy: ConceptOrder) {
          forward: concepts(first: 3, orderBy: $orderBy, filter: { nameContains: $mark }) { edges { node { key } } }
          concepts(last: 3, orderBy: $orderBy, filter: { nameContains: $mark }) { edges { node { key } } } }`,
        { mark: MARK, orderBy },
      );
      expect(body.errors).toBeUndefined();
      const data = body.data as unknown as Record<string, { edges: { node: { key: string } }[] }>;
      expect(data.concepts.edges).toEqual(data.forward.edges);
    }
  });
});

describe('paging arguments', () => {
  it.each([
    [{ first: 2, last: 2 }, 'last'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ last: 101 }, 'last'],
  ])('%j is refused naming %s', async (args, field) => {
    const body = await app.graphql(
      `query($first: Int, $after: String, $last: Int) {
        concepts(first: $first, after: $after, last: $last) { edges { node { key } } } }`,
      args,
    );
    expect(body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a cursor of another list order', async () => {
    const byName = await app.graphql<{ concepts: { pageInfo: { endCursor: string } } }>(
      '{ concepts(first: 1) { pageInfo { endCursor } } }',
    );
    const body = await app.graphql(
      `query($after: String) { concepts(orderBy: DEGREE, after: $after) { edges { node { key } } } }`,
      { after: byName.data!.concepts.pageInfo.endCursor },
    );
    expect(body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('relations', () => {
  it('have a global id that node(id) resolves', async () => {
    const body = await app.graphql<{
      concept: {
        relations: {
          edges: {
            node: { id: string; type: string; from: { key: string }; to: { key: string } };
          }[];
        };
      };
    }>(
      '{ concept(key: "cross-chain") { relations(first: 2) { edges { node { id type from { key } to { key } } } } } }',
    );
    const relation = body.data!.concept.relations.edges[0].node;
    const found = await app.graphql<{ node: unknown }>(
      `query($id: ID!) { node(id: $id) { __typename id ... on Relation { type from { key } to { key } } } }`,
      { id: relation.id },
    );
    expect(found.data!.node).toEqual({ __typename: 'Relation', ...relation });
  });

  it('page backward from the end as they page forward', async () => {
    const body = await app.graphql<Record<string, { edges: { node: { id: string } }[] }>>(
      `{ concept(key: "cross-chain") {
        all: relations(first: 100) { edges { node { id } } }
        tail: relations(last: 3) { edges { node { id } } } } }`,
    );
    const concept = body.data!.concept as unknown as Record<string, { edges: unknown[] }>;
    expect(concept.tail.edges).toEqual(concept.all.edges.slice(-3));
  });
});
