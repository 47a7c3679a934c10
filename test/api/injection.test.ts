import { sha256Hex } from '../../src/http/auth';
import { startTestApp, TestApp } from '../helpers/app';
import { graphFingerprint } from '../helpers/graph-fingerprint';
import { openTestDatabase } from '../helpers/neo4j';

const EDITOR = 'injection-editor-key';
const PAYLOADS = [
  "x' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "'); CALL db.clearQueryCaches(); //",
  '` DETACH DELETE n `',
  '$(label) :Concept:Admin',
  'name:* OR key:* AND NOT ~ ^ [ ] { } \\',
  '\u0000\u202e区块链 ) ]',
];

let app: TestApp;
const { db, close } = openTestDatabase();
beforeAll(async () => {
  app = await startTestApp({ API_KEYS: `${sha256Hex(EDITOR)}:editor` });
});
afterAll(async () => {
  await app.close();
  await close();
});

const READS: [string, string][] = [
  ['concept', 'query($s: String!) { concept(key: $s) { key } }'],
  ['paper', 'query($s: String!) { paper(key: $s) { key } }'],
  ['section', 'query($s: String!) { section(paper: $s, number: $s) { number } }'],
  [
    'concepts filter',
    'query($s: String!) { concepts(filter: { nameContains: $s }) { totalCount } }',
  ],
  ['concepts section', 'query($s: String!) { concepts(filter: { section: $s }) { totalCount } }'],
  ['concepts after', 'query($s: String!) { concepts(after: $s) { totalCount } }'],
  ['search', 'query($s: String!) { search(text: $s) { score } }'],
  ['neighborhood', 'query($s: String!) { neighborhood(key: $s) { truncated } }'],
  ['paths', 'query($s: String!) { paths(from: $s, to: $s) { length } }'],
  ['coMentioned', 'query($s: String!) { coMentioned(key: $s) { count } }'],
  ['facts', 'query($s: String!) { facts(about: $s) { statement } }'],
  ['node', 'query($s: ID!) { node(id: $s) { id } }'],
  ['nodes', 'query($s: ID!) { nodes(ids: [$s]) { id } }'],
  [
    'relations after',
    'query($s: String) { concept(key: "cross-chain") { relations(after: $s) { totalCount } } }',
  ],
];

describe('injection-shaped strings', () => {
  it('leave the graph unchanged in every string argument of every query', async () => {
    const before = await graphFingerprint(db);
    for (const [name, query] of READS) {
      for (const payload of PAYLOADS) {
        const body = await app.graphql(query, { s: payload });
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        // Odd text is either answered or refused as bad input: never a server error.
        expect({ name, payload, codes: codes.filter((c) => c !== 'BAD_USER_INPUT') }).toEqual({
          name,
          payload,
          codes: [],
        });
      }
    }
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('are stored literally by mutations and removed cleanly', async () => {
    const before = await graphFingerprint(db);
    const editor = { authorization: `Bearer ${EDITOR}` };
    for (const [i, payload] of PAYLOADS.entries()) {
      const key = `test-injection-${i}`;
      const created = await app.graphql<{ createConcept: { name: string; summary: string } }>(
        `mutation($input: CreateConceptInput!) { createConcept(input: $input) { name summary } }`,
        {
          input: {
            key,
            kind: 'TREND',
            name: `n ${payload}`,
            summary: payload,
            aliases: [payload],
            evidence: [
              { paper: 'caict-blockchain-2020', section: 'I', basis: 'CURATED', note: payload },
            ],
          },
        },
        editor,
      );
      expect(created.errors).toBeUndefined();
      expect(created.data!.createConcept).toEqual({
        name: `n ${payload}`.trim(),
        summary: payload.trim(),
      });
      const bad = await app.graphql(
        `mutation($input: CreateConceptInput!) { createConcept(input: $input) { key } }`,
        {
          input: {
            key: payload,
            kind: 'TREND',
            name: 'x',
            evidence: [{ paper: payload, section: payload, basis: 'CURATED' }],
          },
        },
        editor,
      );
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const deleted = await app.graphql(`mutation { deleteConcept(key: "${key}") }`, {}, editor);
      expect(deleted.data).toEqual({ deleteConcept: true });
    }
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('are refused as keys by every mutation, leaving the graph unchanged', async () => {
    const before = await graphFingerprint(db);
    const editor = { authorization: `Bearer ${EDITOR}` };
    const evidence = [{ paper: 'caict-blockchain-2020', section: 'I', basis: 'CURATED' }];
    for (const payload of PAYLOADS) {
      const calls: [string, Record<string, unknown>][] = [
        [
          'mutation($s: String!) { updateConcept(key: $s, input: { name: "x" }) { key } }',
          { s: payload },
        ],
        ['mutation($s: String!) { deleteConcept(key: $s) }', { s: payload }],
        [
          'mutation($i: LinkInput!) { linkConcepts(input: $i) { type } }',
          { i: { from: payload, to: 'cross-chain', type: 'ENABLES', evidence } },
        ],
        [
          'mutation($i: LinkInput!) { linkConcepts(input: $i) { type } }',
          {
            i: {
              from: 'cross-chain',
              to: 'sharding',
              type: 'ENABLES',
              evidence: [{ ...evidence[0], note: payload, section: payload }],
            },
          },
        ],
        [
          'mutation($i: UnlinkInput!) { unlinkConcepts(input: $i) }',
          { i: { from: 'cross-chain', to: payload, type: 'ENABLES' } },
        ],
      ];
      for (const [query, variables] of calls) {
        const body = await app.graphql(query, variables, editor);
        expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
    }
    expect(await graphFingerprint(db)).toBe(before);
  });
});
