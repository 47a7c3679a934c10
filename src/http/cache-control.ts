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
