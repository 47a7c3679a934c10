import { etagFor } from './etag';
import { Config } from '../core/config';

export interface HttpCachePolicy {
  maxAgeS: number;
  staleWhileRevalidateS: number;
}

export function httpCachePolicy(config: Config): HttpCachePolicy {
  return { maxAgeS: config.CACHE_MAX_AGE_S, staleWhileRevalidateS: config.CACHE_SWR_S };
}

/** For anonymous GET answers: any cache (browser, CDN) may keep them, and revalidate by ETag. */
export function publicCacheControl(policy: HttpCachePolicy): string {
  return `public, max-age=${policy.maxAgeS}, stale-while-revalidate=${policy.staleWhileRevalidateS}`;
}

/** A request with a key is answered for that caller only; no shared cache may keep it. */
export const PRIVATE_NO_STORE = 'private, no-store';

/** Mutations, POST answers and errors. */
export const NO_STORE = 'no-store';

/**
 * The caching headers of a query answered without errors: an anonymous GET gets an ETag (graph
 * version and operation) and a public Cache-Control; with an API key it is private and not
 * stored; a POST answer is not stored.
 */
export function answerCacheHeaders(
  method: string | undefined,
  authorized: boolean,
  version: number,
  search: string,
  policy: HttpCachePolicy,
): Record<string, string> {
  if (method !== 'GET') return { 'cache-control': NO_STORE };
  if (authorized) return { 'cache-control': PRIVATE_NO_STORE };
  return { etag: etagFor(version, search), 'cache-control': publicCacheControl(policy) };
}
