import { sha256Hex } from '../../src/http/auth';
import { startTestApp, TestApp } from '../helpers/app';
import { waitFor } from '../helpers/wait-for';
import { captureLog } from '../helpers/log-capture';

const READER = 'reader-key-for-budget-tests';
const reader = { authorization: `Bearer ${READER}` };
const LIST = '{ concepts(first: 30) { edges { node { key name summary } } } }';

type Body = {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: { requested: number } };
};

async function post(app: TestApp, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { response, body: (await response.json()) as Body };
}

describe('per-client cost budget', () => {
  let app: TestApp;
  let listCost: number;
  beforeAll(async () => {
    const probe = await startTestApp();
    listCost = (await post(probe, LIST)).body.extensions!.cost!.requested;
    await probe.close();
    // Room for two lists per client and window.
    app = await startTestApp({
      CLIENT_COST_BUDGET: String(2 * listCost + 1),
      CLIENT_BUDGET_WINDOW_S: '600',
      API_KEYS: `${sha256Hex(READER)}:reader`,
    });
  });
  afterAll(() => app.close());

  it('answers 429 with Retry-After once a client has spent its budget', async () => {
    expect((await post(app, LIST)).response.status).toBe(200);
    expect((await post(app, LIST)).response.status).toBe(200);
    const { response, body } = await post(app, LIST);
    expect(response.status).toBe(429);
    const seconds = Number(response.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(600);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: seconds });
  });

  it('keeps a separate budget for each API key', async () => {
    expect((await post(app, LIST, reader)).response.status).toBe(200);
  });

  it('counts an unrecognised key as its address, so new keys buy no budget', async () => {
    const { response } = await post(app, LIST, { authorization: 'Bearer made-up-key' });
    expect(response.status).toBe(429);
  });
});

describe('per-client budget behind a proxy', () => {
  let listCost: number;
  const forwardedFor = (chain: string) => ({ 'x-forwarded-for': chain });
  const budgetFor = (lists: number) => ({
    CLIENT_COST_BUDGET: String(lists * listCost + 1),
    CLIENT_BUDGET_WINDOW_S: '600',
  });
  beforeAll(async () => {
    const probe = await startTestApp();
    listCost = (await post(probe, LIST)).body.extensions!.cost!.requested;
    await probe.close();
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY says so: a client cannot name a new address', async () => {
    const app = await startTestApp(budgetFor(1));
    try {
      expect((await post(app, LIST, forwardedFor('203.0.113.1'))).response.status).toBe(200);
      expect((await post(app, LIST, forwardedFor('203.0.113.2'))).response.status).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('gives each forwarded client its own budget behind a trusted proxy', async () => {
    // The tests' requests come from loopback, the trusted proxy here.
    const app = await startTestApp({ ...budgetFor(1), TRUST_PROXY: 'loopback' });
    try {
      expect((await post(app, LIST, forwardedFor('203.0.113.1'))).response.status).toBe(200);
      expect((await post(app, LIST, forwardedFor('203.0.113.1'))).response.status).toBe(429);
      expect((await post(app, LIST, forwardedFor('203.0.113.2'))).response.status).toBe(200);
      // Over GET too, the route cache hits and Express's chain share.
      const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent(LIST)}`, {
        headers: forwardedFor('203.0.113.3'),
      });
      expect(get.status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('believes only as many hops as TRUST_PROXY counts, so addresses a client prepends buy nothing', async () => {
    const app = await startTestApp({ ...budgetFor(1), TRUST_PROXY: '1' });
    try {
      expect((await post(app, LIST, forwardedFor('198.51.100.7'))).response.status).toBe(200);
      // One trusted hop: the client is the last address the proxy appended, whatever comes before.
      const spoofed = forwardedFor('203.0.113.50, 198.51.100.7');
      expect((await post(app, LIST, spoofed)).response.status).toBe(429);
    } finally {
      await app.close();
    }
  });
});

describe('the request log', () => {
  it('names the client whose budget each request spent: the forwarded address, or the key', async () => {
    const { lines, log } = captureLog();
    const env = { TRUST_PROXY: 'loopback', API_KEYS: `${sha256Hex(READER)}:reader` };
    const app = await startTestApp(env, undefined, log);
    try {
      await post(app, LIST, { 'x-forwarded-for': '203.0.113.9' });
      await post(app, LIST, reader);
      // A body without an operation goes on to Express's chain, which logs it too.
      const refused = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.10' },
        body: '{}',
      });
      expect(refused.status).toBe(400);
      const clients = () => lines.filter((line) => line.res).map((line) => line.client);
      await waitFor('three request log lines', 5000, async () => clients().length === 3);
      expect(clients().sort()).toEqual([
        'ip:203.0.113.10',
        'ip:203.0.113.9',
        `key:${sha256Hex(READER)}`,
      ]);
    } finally {
      await app.close();
    }
  });
});

describe('response size cap', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ MAX_RESPONSE_BYTES: '4000' });
  });
  afterAll(() => app.close());

  it('answers a clear error instead of an answer over the cap', async () => {
    const { response, body } = await post(app, LIST);
    expect(response.status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toEqual({ code: 'RESPONSE_TOO_LARGE', limit: 4000 });
    expect(body.errors![0].message).toMatch(/over the limit of 4000/);
  });

  it('refuses a repeat too: a refused answer is not kept in the response cache', async () => {
    await post(app, LIST);
    const { body } = await post(app, LIST);
    expect(body.data).toBeUndefined();
    expect(body.errors![0].extensions).toEqual({ code: 'RESPONSE_TOO_LARGE', limit: 4000 });
  });

  it('sends answers under the cap as they are', async () => {
    const { body } = await post(app, '{ concepts(first: 2) { edges { node { key } } } }');
    expect(body.errors).toBeUndefined();
  });
});
