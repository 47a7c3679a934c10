import { sha256Hex } from '../../src/http/auth';
import { readGraphVersion } from '../../src/graph-version/graph-version.repository';
import { startTestApp, TestApp } from '../helpers/app';
import { openTestDatabase } from '../helpers/neo4j';

const EDITOR = 'graph-version-editor-key';
const editor = { authorization: `Bearer ${EDITOR}` };
const KEY = 'test-graph-version';
const evidence = [{ paper: 'caict-blockchain-2020', section: 'II.(1).2', basis: 'CURATED' }];

const { db, close } = openTestDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ API_KEYS: `${sha256Hex(EDITOR)}:editor` });
});
afterAll(async () => {
  await db.driver.executeQuery(
    'MATCH (c:Concept {key: $key}) DETACH DELETE c',
    { key: KEY },
    {
      database: db.name,
    },
  );
  await app.close();
  await close();
});

async function mutate(query: string, variables: Record<string, unknown>) {
  return app.graphql(query, variables, editor);
}

describe('graph version', () => {
  it('is one node, guarded by a uniqueness constraint', async () => {
    const cypher = (query: string) => db.driver.executeQuery(query, {}, { database: db.name });
    const { records } = await cypher('MATCH (v:GraphVersion) RETURN count(v) AS nodes');
    expect(records[0].get('nodes')).toBe(1);
    await expect(cypher("CREATE (:GraphVersion {key: 'graph', value: 0})")).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
  });

  it('moves on by one with each committed mutation, and not at all for a refused one', async () => {
    const steps: [string, Record<string, unknown>][] = [
      [
        'mutation($input: CreateConceptInput!) { createConcept(input: $input) { key } }',
        { input: { key: KEY, kind: 'TECHNOLOGY', name: 'Version test', evidence } },
      ],
      [
        'mutation($key: String!) { updateConcept(key: $key, input: { summary: "Changed." }) { key } }',
        { key: KEY },
      ],
      [
        'mutation($input: LinkInput!) { linkConcepts(input: $input) { type } }',
        { input: { from: KEY, to: 'cross-chain', type: 'RELATED_TO', evidence } },
      ],
      [
        'mutation($input: UnlinkInput!) { unlinkConcepts(input: $input) }',
        { input: { from: KEY, to: 'cross-chain', type: 'RELATED_TO' } },
      ],
      ['mutation($key: String!) { deleteConcept(key: $key) }', { key: KEY }],
    ];
    for (const [query, variables] of steps) {
      const before = await readGraphVersion(db);
      const body = await mutate(query, variables);
      expect(body.errors).toBeUndefined();
      expect(await readGraphVersion(db)).toBe(before + 1);
    }
    const before = await readGraphVersion(db);
    const refused = await mutate('mutation($key: String!) { deleteConcept(key: $key) }', {
      key: KEY,
    });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await readGraphVersion(db)).toBe(before);
  });
});
