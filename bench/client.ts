const REQUEST_TIMEOUT_MS = 10000;

/**
 * POSTs a GraphQL request and returns its data; an HTTP failure or any `errors` entry throws. A
 * first request may wait for Neo4j to plan its statement: give it a longer `timeoutMs`.
 */
export async function postGraphQL(
  url: string,
  body: string,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const json = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { message: string }[];
  };
  if (!response.ok || json.errors?.length || !json.data) {
    throw new Error(`HTTP ${response.status}: ${json.errors?.[0]?.message ?? 'no data'}`);
  }
  return json.data;
}

/** An answer with an empty or null top-level field would time an unknown key, not the work. */
export function assertContent(target: string, value: unknown): void {
  const fields = Array.isArray(value) ? [value] : Object.values(value as Record<string, unknown>);
  const empty = fields.some((f) => f == null || (Array.isArray(f) && f.length === 0));
  if (empty) throw new Error(`${target} answered with empty data: ${JSON.stringify(value)}`);
}
