import { Database } from './neo4j/database';

/** Per-request DataLoaders, one per field that reads more data; each batches with UNWIND. */
export type Loaders = Record<string, never>;

export function createLoaders(_db: Database): Loaders {
  return {};
}
