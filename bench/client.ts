import { Pool } from 'undici';

const REQUEST_TIMEOUT_MS = 10000;

/**
 * One undici connection pool per server. The load runs in the same 2-core machine as the servers,
 * so the client's own CPU is taken from theirs: `fetch` spent about 240 µs of CPU per request
 * here, more than a cache hit costs the server, undici's pool about 45.
 */
const pools = new Map<string, Pool>();

/**
 * Per URL, worked out on its first request: its pool, its path, and the answers already checked
 * by request. A repeat that comes back byte for byte the same is the same answer, without parsing
 * it again (parsing a list of 50 concepts with their relations costs the client about a
 * millisecond).
 */
interface Target {
  pool: Pool;
  path: string;
  checked: Map<string, { bytes: Buffer; data: Record<string, unknown> }>;
}
const targets = new Map<string, Target>();

function targetFor(url: string): Target {
  let target = targets.get(url);
  if (!target) {
    const { origin, pathname } = new URL(url);
    let pool = pools.get(origin);
    if (!pool) {
      pool = new Pool(origin);
      pools.set(origin, pool);
    }
    target = { pool, path: pathname, checked: new Map() };
    targets.set(url, target);
  }
  return target;
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
  const { pool, path, checked } = targetFor(url);
  const response = await pool.request({
    path,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const bytes = Buffer.from(await response.body.arrayBuffer());
  const known = checked.get(body);
  if (response.statusCode === 200 && known?.bytes.equals(bytes)) return known.data;
  const json = JSON.parse(bytes.toString()) as {
    data?: Record<string, unknown>;
    errors?: { message: string }[];
  };
  if (response.statusCode !== 200 || json.errors?.length || !json.data) {
    throw new Error(`HTTP ${response.statusCode}: ${json.errors?.[0]?.message ?? 'no data'}`);
  }
  checked.set(body, { bytes, data: json.data });
  return json.data;
}

/** Closes the connections, so the bench process can end. */
export async function closeClients(): Promise<void> {
  await Promise.all([...pools.values()].map((pool) => pool.close()));
  pools.clear();
  targets.clear();
}

/** An answer with an empty or null top-level field would time an unknown key, not the work. */
export function assertContent(target: string, value: unknown): void {
  const fields = Array.isArray(value) ? [value] : Object.values(value as Record<string, unknown>);
  const empty = fields.some((f) => f == null || (Array.isArray(f) && f.length === 0));
  if (empty) throw new Error(`${target} answered with empty data: ${JSON.stringify(value)}`);
}
