import { Role } from './config';
import { Database } from './neo4j/database';
import { createLoaders, Loaders } from './loaders';

/** Built fresh for every request: its loaders cache and batch within that request only. */
export interface Context {
  db: Database;
  loaders: Loaders;
  role: Role | null;
}

export function createContext(db: Database, role: Role | null): Context {
  return { db, role, loaders: createLoaders(db) };
}
