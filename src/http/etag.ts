import { createHash } from 'node:crypto';

/**
 * A strong ETag for a GET operation: the graph version and the operation's parameters as sent in
 * the URL. Same version and same parameters give the same answer, so the same tag.
 */
export function etagFor(version: number, search: string): string {
  const params = new URLSearchParams(search);
  const parts = ['query', 'operationName', 'variables', 'extensions'].map((name) =>
    params.get(name),
  );
  const digest = createHash('sha256')
    .update(JSON.stringify([version, ...parts]))
    .digest('base64url');
  return `"${version}-${digest.slice(0, 27)}"`;
}

/** Whether an If-None-Match header names this tag (weak comparison, as RFC 9110 asks). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
