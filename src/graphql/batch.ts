/**
 * Helpers for DataLoader batch functions: a batch query returns rows tagged with the key they
 * belong to, and DataLoader wants one result per requested key, in request order.
 */
export function oneByKey<R, V>(
  keys: readonly string[],
  rows: R[],
  keyOf: (row: R) => string,
  valueOf: (row: R) => V,
): (V | null)[] {
  const found = new Map<string, V>();
  for (const row of rows) if (!found.has(keyOf(row))) found.set(keyOf(row), valueOf(row));
  return keys.map((key) => found.get(key) ?? null);
}

export function manyByKey<R, V>(
  keys: readonly string[],
  rows: R[],
  keyOf: (row: R) => string,
  valueOf: (row: R) => V,
): V[][] {
  const found = new Map<string, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) found.get(keyOf(row))?.push(valueOf(row));
  return keys.map((key) => found.get(key) ?? []);
}

/** Stable cache key for loaders keyed by an argument object (equal args share one result). */
export function argsKey(args: object): string {
  return JSON.stringify(args);
}
