import { Pool } from 'undici';

const REQUEST_TIMEOUT_MS = 10000;

/**
 * One undici connection pool per server. The load runs in the same 2-core machine as the servers,
 * so the client's own CPU is taken from theirs: `fetch` spent about 240 µs of CPU per request
 * here, more than a cache hit costs the server, undici's pool about 45.
 */
const pools = new Map<string, Pool>();

/**
 * Answers already checked, by URL and request: a repeat that comes back byte for byte the same
 * is the same answer, without parsing it again (parsing a list of 50 concepts with their
 * relations costs the client about a millisecond).
 */
const checked = new Map<string, { bytes: Buffer; data: Record<string, unknown> }>();

function poolFor(url: URL): Pool {
  let pool = pools.get(url.origin);
  if (!pool) {
    pool = new Pool(url.origin);
    pools.set(url.origin, pool);
  }
  return pool;
}

/**
 * POSTs a GraphQL request and returns its data; an HTTP failure or any `errors` entry throws. A
 * first request may wait for Neo4j to plan its statement: give it a longer `timeoutMs`.
 */
export async function postGraphQL(
  url: string,
  body: string,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<Record<string, unknown>> {
  const target = new URL(url);
  const response = await poolFor(target).request({
    path: target.pathname,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const bytes = Buffer.from(await response.body.arrayBuffer());
  const key = `${url}\n${body}`;
  const known = checked.get(key);
  if (response.statusCode === 200 && known?.bytes.equals(bytes)) return known.data;
  const json = JSON.parse(bytes.toString()) as {
    data?: Record<string, unknown>;
    errors?: { message: string }[];
  };
  if (response.statusCode !== 200 || json.errors?.length || !json.data) {
    throw new Error(`HTTP ${response.statusCode}: ${json.errors?.[0]?.message ?? 'no data'}`);
  }
  checked.set(key, { bytes, data: json.data });
  return json.data;
}

/** Closes the connections, so the bench process can end. */
export async function closeClients(): Promise<void> {
  await Promise.all([...pools.values()].map((pool) => pool.close()));
  pools.clear();
}

/** An answer with an empty or null top-level field would time an unknown key, not the work. */
export function assertContent(target: string, value: unknown): void {
  const fields = Array.isArray(value) ? [value] : Object.values(value as Record<string, unknown>);
  const empty = fields.some((f) => f == null || (Array.isArray(f) && f.length === 0));
  if (empty) throw new Error(`${target} answered with empty data: ${JSON.stringify(value)}`);
}
