import { startTestApp, TestApp } from '../helpers/app';
import { captureLog } from '../helpers/log-capture';

/**
 * GraphQL operations are answered ahead of Express (src/http/graphql-route.ts): a cache hit must
 * look to a client and to the operator exactly as the first answer did, an operation run there
 * as Apollo's Express integration would run it, and whatever needs Express's chain must still get
 * the answer it gives.
 */
const { lines, log } = captureLog();
const sent: string[] = [];
let app: TestApp;
let url: string;

beforeAll(async () => {
  const env = { LOG_LEVEL: 'info', BODY_LIMIT: '2kb', CORS_ORIGINS: 'https://explorer.example' };
  app = await startTestApp(env, (name) => sent.push(name), log);
  url = `${app.url}/graphql`;
});
afterAll(() => app.close());

const origin = 'https://explorer.example';

/** Headers as a comparable list, without the two that differ on every answer. */
function headersOf(response: Response): string[] {
  const lines: string[] = [];
  response.headers.forEach((value, name) => {
    if (name !== 'date' && name !== 'x-request-id') lines.push(`${name}: ${value}`);
  });
  return lines.sort();
}

function accessLogOf(requestId: string) {
  return lines.filter((line) => (line.req as { id?: string } | undefined)?.id === requestId);
}

describe.each([
  [
    'GET',
    (query: string, id: string) =>
      fetch(`${url}?query=${encodeURIComponent(query)}`, {
        headers: { origin, 'x-request-id': id },
      }),
  ],
  [
    'POST',
    (query: string, id: string) =>
      fetch(url, {
        method: 'POST',
        headers: { origin, 'x-request-id': id, 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
  ],
])('a cache hit over %s', (method, send) => {
  const query = `{ stats { concepts facts } hit: __typename }`;

  it('carries the headers of the first answer, its request id, and is logged once', async () => {
    const first = await send(query, `first-${method}`);
    const firstBody = await first.text();
    const hit = await send(query, `hit-${method}`);
    expect(await hit.text()).toBe(firstBody);
    expect(headersOf(hit)).toEqual(headersOf(first));
    expect(hit.headers.get('x-request-id')).toBe(`hit-${method}`);
    // Security headers and CORS, as Express's chain gives them.
    expect(hit.headers.get('x-content-type-options')).toBe('nosniff');
    expect(hit.headers.get('access-control-allow-origin')).toBe(origin);
    const logged = accessLogOf(`hit-${method}`);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ res: { statusCode: 200 }, req: { method } });
  });
});

describe('an operation run ahead of Express', () => {
  it('answers in the content type the client accepts, as Apollo negotiates it', async () => {
    const ask = (accept: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query: '{ stats { sections } }' }),
      });
    const modern = await ask('application/graphql-response+json');
    expect(modern.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(((await modern.json()) as { data: unknown }).data).toBeTruthy();
    const classic = await ask('application/json');
    expect(classic.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('refuses a GET mutation as Apollo does, and logs the request', async () => {
    const mutation = encodeURIComponent('mutation { deleteConcept(key: "x") }');
    const response = await fetch(`${url}?query=${mutation}`, {
      headers: { 'x-request-id': 'get-mutation' },
    });
    expect(response.status).toBe(405);
    // The access line, and the refusal logged through the request's own logger.
    const logged = accessLogOf('get-mutation');
    expect(logged.filter((line) => line.res)).toHaveLength(1);
    expect(logged.find((line) => !line.res)).toMatchObject({ msg: 'Request refused' });
  });
});

describe('what needs Express goes on to it', () => {
  it('answers a body that is not JSON as BAD_REQUEST', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ stats { concepts } }"',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a body over the limit as PAYLOAD_TOO_LARGE', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ stats { concepts } } # ${'x'.repeat(4000)}` }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a revalidation with 304 once the first answer is kept', async () => {
    const get = (headers: Record<string, string> = {}) =>
      fetch(`${url}?query=${encodeURIComponent('{ stats { relations } }')}`, { headers });
    const first = await get();
    await first.text();
    const etag = first.headers.get('etag')!;
    const revalidated = await get({ 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(etag);
  });

  it('answers a revalidation with an outdated tag from the cache, with the current tag', async () => {
    const query = encodeURIComponent('{ stats { concepts relations facts } }');
    const first = await fetch(`${url}?query=${query}`);
    const firstBody = await first.text();
    sent.splice(0);
    const stale = '"1-outdatedtagfromanolderversionxx"';
    const again = await fetch(`${url}?query=${query}`, { headers: { 'if-none-match': stale } });
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(firstBody);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(sent).toEqual([]);
  });

  it('answers a preflight with the CORS headers', async () => {
    const response = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
  });
});
