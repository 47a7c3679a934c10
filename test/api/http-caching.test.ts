import { cacheExchange, createClient, fetchExchange, gql } from '@urql/core';
import { sha256Hex } from '../../src/http/auth';
import { startTestApp, TestApp } from '../helpers/app';

const EDITOR = 'http-caching-editor-key';
const editor = { authorization: `Bearer ${EDITOR}` };
const KEY = 'test-http-cache';
const evidence = [{ paper: 'caict-blockchain-2020', section: 'II.(1).2', basis: 'CURATED' }];
const STATS = '{ stats { concepts } }';

type StatsBody = { data: { stats: { concepts: number } } };
type ErrorBody = { errors: { extensions: { code: string } }[] };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    API_KEYS: `${sha256Hex(EDITOR)}:editor`,
    CORS_ORIGINS: 'https://explorer.example',
    CACHE_MAX_AGE_S: '30',
    CACHE_SWR_S: '120',
  });
});
afterAll(async () => {
  await app.graphql('mutation($key: String!) { deleteConcept(key: $key) }', { key: KEY }, editor);
  await app.close();
});

/** A GET as a browser's plain fetch sends it: no custom header at all. */
function get(query: string, variables?: object, headers: Record<string, string> = {}) {
  const params = new URLSearchParams({ query });
  if (variables) params.set('variables', JSON.stringify(variables));
  return fetch(`${app.url}/graphql?${params}`, { headers });
}

describe('queries over GET', () => {
  it('answer a plain fetch with no custom header, with an ETag and a public Cache-Control', async () => {
    const response = await get(STATS);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      data: { stats: { concepts: expect.any(Number) } },
    });
    expect(response.headers.get('etag')).toMatch(/^"\d+-[A-Za-z0-9_-]+"$/);
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=30, stale-while-revalidate=120',
    );
  });

  it('answer 304 with no body to a matching If-None-Match', async () => {
    const first = await get(STATS);
    const etag = first.headers.get('etag')!;
    const again = await get(STATS, undefined, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const other = await get('{ stats { facts } }', undefined, { 'if-none-match': etag });
    expect(other.status).toBe(200);
  });

  it('give a new ETag, and no 304, once the graph has changed', async () => {
    const before = await get(STATS);
    const etag = before.headers.get('etag')!;
    const created = await app.graphql(
      'mutation($input: CreateConceptInput!) { createConcept(input: $input) { key } }',
      { input: { key: KEY, kind: 'TECHNOLOGY', name: 'HTTP cache test', evidence } },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const after = await get(STATS, undefined, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const counts = [before, after].map(
      async (r) => ((await r.json()) as StatsBody).data.stats.concepts,
    );
    const [was, now] = await Promise.all(counts);
    expect(now).toBe(was + 1);
  });

  it('differ by variables in their ETag', async () => {
    const query = 'query($key: String!) { concept(key: $key) { name } }';
    const a = await get(query, { key: 'cross-chain' });
    const b = await get(query, { key: 'sharding' });
    expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'));
  });

  it('are private and not stored when the request carries an API key', async () => {
    const response = await get(STATS, undefined, editor);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('etag')).toBeNull();
  });

  it('are not stored when they fail', async () => {
    const response = await get('{ concepts(first: 101) { totalCount } }');
    expect(((await response.json()) as ErrorBody).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });

  it('refuse a mutation: writes are POST only', async () => {
    const response = await get(`mutation { deleteConcept(key: "cross-chain") }`, undefined, editor);
    expect(response.status).toBe(405);
    expect(await app.graphql('{ concept(key: "cross-chain") { key } }')).toMatchObject({
      data: { concept: { key: 'cross-chain' } },
    });
  });

  it('expose ETag and x-request-id to browser code through CORS', async () => {
    const response = await get(STATS, undefined, { origin: 'https://explorer.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    const exposed = response.headers.get('access-control-expose-headers')!.toLowerCase();
    expect(exposed.split(',').map((h) => h.trim())).toEqual(['etag', 'x-request-id']);
  });
});

describe('POST answers', () => {
  it('are never stored', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: STATS }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });
});

describe('urql with its default options', () => {
  it('sends a short query as GET and gets the data', async () => {
    const methods: string[] = [];
    const client = createClient({
      url: `${app.url}/graphql`,
      exchanges: [cacheExchange, fetchExchange],
      // Only watches what urql sends; the request itself is urql's own.
      fetch: (input, init) => {
        methods.push(init?.method ?? 'GET');
        return fetch(input, init);
      },
    });
    const result = await client
      .query(
        gql`
          query Concept($key: String!) {
            concept(key: $key) {
              __typename
              id
              key
              name
            }
          }
        `,
        {
          key: 'cross-chain',
        },
      )
      .toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data.concept).toMatchObject({ __typename: 'Technology', key: 'cross-chain' });
    expect(methods).toEqual(['GET']);
  });
});
