import { sha256Hex } from '../../src/http/auth';
import { startTestApp, TestApp } from '../helpers/app';
import { graphFingerprint } from '../helpers/graph-fingerprint';
import { openTestDatabase } from '../helpers/neo4j';

const EDITOR = 'editor-key-for-tests';
const READER = 'reader-key-for-tests';
const editor = { authorization: `Bearer ${EDITOR}` };
const PAPER = 'caict-blockchain-2020';
const evidence = [{ paper: PAPER, section: 'II.(1).2', basis: 'CURATED', note: 'Test evidence.' }];

let app: TestApp;
const { db, close } = openTestDatabase();

beforeAll(async () => {
  app = await startTestApp({ API_KEYS: `${sha256Hex(EDITOR)}:editor,${sha256Hex(READER)}:reader` });
});
afterAll(async () => {
  await db.driver.executeQuery(
    "MATCH (c:Concept) WHERE c.key STARTS WITH 'test-' DETACH DELETE c",
    {},
    {
      database: db.name,
    },
  );
  await app.close();
  await close();
});

const CREATE = `mutation Create($input: CreateConceptInput!) {
  createConcept(input: $input) {
    __typename key kind name names { lang text original } aliases summary
    evidence { basis note sourceUrl section { number } }
  }
}`;
const LINK = `mutation Link($input: LinkInput!) {
  linkConcepts(input: $input) { type from { key } to { key } evidence { basis section { number } } }
}`;
const UNLINK = `mutation Unlink($input: UnlinkInput!) { unlinkConcepts(input: $input) }`;
const DELETE = `mutation Delete($key: String!) { deleteConcept(key: $key) }`;
const UPDATE = `mutation Update($key: String!, $input: UpdateConceptInput!) {
  updateConcept(key: $key, input: $input) { key name names { lang text original } aliases summary }
}`;

function conceptInput(key: string, extra: Record<string, unknown> = {}) {
  return { key, kind: 'TECHNOLOGY', name: `Test ${key}`, evidence, ...extra };
}

async function errorOf(query: string, variables: Record<string, unknown>, headers = editor) {
  const body = await app.graphql(query, variables, headers);
  expect(body.errors).toHaveLength(1);
  expect(JSON.stringify(body.errors)).not.toMatch(/stack|at \w+ \(/i);
  return body.errors![0].extensions as { code: string; field?: string };
}

async function relationCount(from: string, type: string, to: string): Promise<number> {
  const { records } = await db.driver.executeQuery(
    'MATCH (:Concept {key: $from})-[r]->(:Concept {key: $to}) WHERE type(r) = $type RETURN count(r) AS n',
    { from, type, to },
    { database: db.name },
  );
  return records[0].get('n') as number;
}

describe('authorisation', () => {
  it('refuses writes without a key, with an unknown key, and with a reader key, writing nothing', async () => {
    const before = await graphFingerprint(db);
    const input = { input: conceptInput('test-auth') };
    expect(await errorOf(CREATE, input, {} as typeof editor)).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(await errorOf(CREATE, input, { authorization: 'Bearer nope' })).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(await errorOf(CREATE, input, { authorization: `Bearer ${READER}` })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await errorOf(DELETE, { key: 'cross-chain' }, {} as typeof editor)).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('lets a reader key read like anyone else', async () => {
    const body = await app.graphql(
      '{ stats { concepts } }',
      {},
      { authorization: `Bearer ${READER}` },
    );
    expect(body.errors).toBeUndefined();
  });
});

describe('createConcept', () => {
  it('creates a concept of the given kind with its evidence, readable at once', async () => {
    const body = await app.graphql<{ createConcept: Record<string, unknown> }>(
      CREATE,
      {
        input: conceptInput('test-created', {
          nameZh: '测试',
          aliases: ['TC'],
          summary: 'A test concept.',
        }),
      },
      editor,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.createConcept).toEqual({
      __typename: 'Technology',
      key: 'test-created',
      kind: 'TECHNOLOGY',
      name: 'Test test-created',
      names: [
        { lang: 'EN', text: 'Test test-created', original: false },
        { lang: 'ZH', text: '测试', original: false },
      ],
      aliases: ['TC'],
      summary: 'A test concept.',
      evidence: [
        {
          basis: 'CURATED',
          note: 'Test evidence.',
          sourceUrl: null,
          section: { number: 'II.(1).2' },
        },
      ],
    });
    const search = await app.graphql<{ search: { concept: { key: string } }[] }>(
      '{ search(text: "test-created") { concept { key } } }',
    );
    expect(search.data!.search.map((hit) => hit.concept.key)).toContain('test-created');
  });

  it('refuses a key that exists with CONFLICT', async () => {
    expect(await errorOf(CREATE, { input: conceptInput('cross-chain') })).toMatchObject({
      code: 'CONFLICT',
      field: 'input.key',
    });
  });

  it.each([
    ['a malformed key', { key: 'Not A Key' }, 'input.key'],
    ['an empty name', { name: '   ' }, 'input.name'],
    ['no evidence', { evidence: [] }, 'input.evidence'],
    [
      'an unknown section',
      { evidence: [{ paper: PAPER, section: 'IX.(9)', basis: 'CURATED' }] },
      'input.evidence[0].section',
    ],
    [
      'an unknown paper',
      { evidence: [{ paper: 'nope', section: 'I', basis: 'CURATED' }] },
      'input.evidence[0].section',
    ],
    [
      'SOURCE without a URL',
      { evidence: [{ paper: PAPER, section: 'I', basis: 'SOURCE' }] },
      'input.evidence[0].sourceUrl',
    ],
    [
      'CURATED with a URL',
      {
        evidence: [
          { paper: PAPER, section: 'I', basis: 'CURATED', sourceUrl: 'https://example.org' },
        ],
      },
      'input.evidence[0].sourceUrl',
    ],
    ['a name made only of NUL characters', { name: '\u0000\u0000' }, 'input.name'],
    ['a name made only of zero-width spaces', { name: '\u200B\u200B\u200D' }, 'input.name'],
    ['an invisible Chinese name', { nameZh: '\u3164' }, 'input.nameZh'],
    ['an alias of direction marks only', { aliases: ['ok', '\u200E\u200F'] }, 'input.aliases[1]'],
    ['the same alias twice', { aliases: ['TC', 'tc', ' TC '] }, 'input.aliases[2]'],
    [
      'a URL that is not http(s)',
      {
        evidence: [
          { paper: PAPER, section: 'I', basis: 'SOURCE', sourceUrl: 'javascript:alert(1)' },
        ],
      },
      'input.evidence[0].sourceUrl',
    ],
  ])(
    'refuses %s with BAD_USER_INPUT naming the field, writing nothing',
    async (_case, change, field) => {
      const before = await graphFingerprint(db);
      expect(await errorOf(CREATE, { input: conceptInput('test-invalid', change) })).toEqual({
        code: 'BAD_USER_INPUT',
        field,
      });
      expect(await graphFingerprint(db)).toBe(before);
    },
  );

  it('refuses an unknown kind as bad input', async () => {
    const extensions = await errorOf(CREATE, {
      input: conceptInput('test-kind', { kind: 'GADGET' }),
    });
    expect(extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('updateConcept', () => {
  beforeAll(async () => {
    await app.graphql(
      CREATE,
      { input: conceptInput('test-update', { nameZh: '旧', summary: 'Old.' }) },
      editor,
    );
  });

  it('changes only the fields given, and null removes an optional one', async () => {
    const body = await app.graphql<{ updateConcept: Record<string, unknown> }>(
      UPDATE,
      { key: 'test-update', input: { name: 'Renamed', summary: null, aliases: ['R1', 'R2'] } },
      editor,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.updateConcept).toEqual({
      key: 'test-update',
      name: 'Renamed',
      names: [
        { lang: 'EN', text: 'Renamed', original: false },
        { lang: 'ZH', text: '旧', original: false },
      ],
      aliases: ['R1', 'R2'],
      summary: null,
    });
  });

  it('answers NOT_FOUND for an unknown key and BAD_USER_INPUT for an empty name', async () => {
    expect(await errorOf(UPDATE, { key: 'test-missing', input: { name: 'x' } })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await errorOf(UPDATE, { key: 'test-update', input: { name: '' } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
  });
});

describe('linkConcepts and unlinkConcepts', () => {
  beforeAll(async () => {
    await app.graphql(CREATE, { input: conceptInput('test-link-a') }, editor);
    await app.graphql(CREATE, { input: conceptInput('test-link-b') }, editor);
  });
  const link = { from: 'test-link-a', to: 'test-link-b', type: 'ENABLES', evidence };

  it('links two concepts and returns the relation with its evidence', async () => {
    const body = await app.graphql<{ linkConcepts: unknown }>(LINK, { input: link }, editor);
    expect(body.errors).toBeUndefined();
    expect(body.data!.linkConcepts).toEqual({
      type: 'ENABLES',
      from: { key: 'test-link-a' },
      to: { key: 'test-link-b' },
      evidence: [{ basis: 'CURATED', section: { number: 'II.(1).2' } }],
    });
  });

  it('is idempotent: linking again adds only new evidence to the one relation', async () => {
    await app.graphql(LINK, { input: link }, editor);
    const more = {
      ...link,
      evidence: [...evidence, { paper: PAPER, section: 'II.(2).2', basis: 'CURATED' }],
    };
    const body = await app.graphql<{ linkConcepts: { evidence: unknown[] } }>(
      LINK,
      { input: more },
      editor,
    );
    expect(body.data!.linkConcepts.evidence).toHaveLength(2);
    expect(await relationCount('test-link-a', 'ENABLES', 'test-link-b')).toBe(1);
  });

  it('adds evidence to a relation stored without URL and note lists, keeping the lists parallel', async () => {
    // The seed loader stores a curated relation's evidence as sections and bases only.
    await db.driver.executeQuery(
      `MATCH (a:Concept {key: 'test-link-a'}), (b:Concept {key: 'test-link-b'})
       CREATE (a)-[:DRIVES {evidenceSections: [$section], evidenceBases: ['CURATED']}]->(b)`,
      { section: `${PAPER}/II.(1).2` },
      { database: db.name },
    );
    const second = { paper: PAPER, section: 'II.(2).2', basis: 'CURATED', note: 'Second.' };
    const body = await app.graphql<{ linkConcepts: { evidence: unknown[] } }>(
      LINK.replace('evidence { basis', 'evidence { note basis'),
      { input: { ...link, type: 'DRIVES', evidence: [second] } },
      editor,
    );
    expect(body.data!.linkConcepts.evidence).toEqual([
      { note: null, basis: 'CURATED', section: { number: 'II.(1).2' } },
      { note: 'Second.', basis: 'CURATED', section: { number: 'II.(2).2' } },
    ]);
    const { records } = await db.driver.executeQuery(
      `MATCH (:Concept {key: 'test-link-a'})-[r:DRIVES]->(:Concept {key: 'test-link-b'})
       RETURN r.evidenceSourceUrls AS urls, r.evidenceNotes AS notes`,
      {},
      { database: db.name },
    );
    expect(records[0].toObject()).toEqual({ urls: ['', ''], notes: ['', 'Second.'] });
  });

  it('leaves one relation when 20 identical links arrive in parallel', async () => {
    const parallel = { ...link, type: 'SUPPORTS' };
    const bodies = await Promise.all(
      Array.from({ length: 20 }, () => app.graphql(LINK, { input: parallel }, editor)),
    );
    expect(bodies.filter((b) => b.errors)).toEqual([]);
    expect(await relationCount('test-link-a', 'SUPPORTS', 'test-link-b')).toBe(1);
  });

  it('refuses unknown ends with NOT_FOUND and a self-link with BAD_USER_INPUT', async () => {
    expect(await errorOf(LINK, { input: { ...link, to: 'test-nowhere' } })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.to',
    });
    expect(await errorOf(LINK, { input: { ...link, to: 'test-link-a' } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.to',
    });
    expect(await errorOf(LINK, { input: { ...link, evidence: [] } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.evidence',
    });
  });

  it('unlinks: true when a relation was removed, false when there was none', async () => {
    const input = { from: 'test-link-a', to: 'test-link-b', type: 'SUPPORTS' };
    expect((await app.graphql(UNLINK, { input }, editor)).data).toEqual({ unlinkConcepts: true });
    expect((await app.graphql(UNLINK, { input }, editor)).data).toEqual({ unlinkConcepts: false });
    expect(await relationCount('test-link-a', 'SUPPORTS', 'test-link-b')).toBe(0);
    expect(await errorOf(UNLINK, { input: { ...input, from: 'test-nowhere' } })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.from',
    });
  });
});

describe('deleteConcept', () => {
  it('deletes the concept with its relations, then answers NOT_FOUND', async () => {
    await app.graphql(CREATE, { input: conceptInput('test-delete') }, editor);
    await app.graphql(
      LINK,
      { input: { from: 'test-delete', to: 'cross-chain', type: 'RELATED_TO', evidence } },
      editor,
    );
    expect((await app.graphql(DELETE, { key: 'test-delete' }, editor)).data).toEqual({
      deleteConcept: true,
    });
    expect((await app.graphql('{ concept(key: "test-delete") { key } }')).data).toEqual({
      concept: null,
    });
    expect(await relationCount('test-delete', 'RELATED_TO', 'cross-chain')).toBe(0);
    expect(await errorOf(DELETE, { key: 'test-delete' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'key',
    });
  });
});
