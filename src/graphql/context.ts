import { Caller } from '../http/caller';
import { CacheSlot } from '../http/response-cache';
import { Role } from '../core/config';
import { Logger } from '../core/logger';
import { Database } from '../neo4j/database';
import { createLoaders, Loaders } from './loaders';

/** Built fresh for every request: its loaders cache and batch within that request only. */
export interface Context {
  db: Database;
  loaders: Loaders;
  /** The caller's role from a recognised API key, or null. */
  role: Role | null;
  /** Whether the request carried an Authorization header at all (recognised or not). */
  presentedKey: boolean;
  /** The request's logger: every line it writes carries the request id. */
  log: Logger;
  /** Whose query budget the request spends (an API key's hash or the caller's address). */
  client: string;
  /** Where the response cache would keep this request's answer; null when it keeps none. */
  cacheSlot: CacheSlot | null;
}

export function createContext(
  db: Database,
  { role, presentedKey, client }: Caller,
  log: Logger,
  cacheSlot: CacheSlot | null = null,
): Context {
  return { db, role, presentedKey, log, client, cacheSlot, loaders: createLoaders(db) };
}
