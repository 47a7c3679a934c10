import DataLoader from 'dataloader';
import { Database } from '../../neo4j/database';
import { findFactAbout, findFactsByKeys } from './fact.repository';

export function createFactLoaders(db: Database) {
  return {
    factsByKeys: new DataLoader((keys: readonly string[]) => findFactsByKeys(db, keys)),
    factAbout: new DataLoader((keys: readonly string[]) => findFactAbout(db, keys)),
  };
}

export type FactLoaders = ReturnType<typeof createFactLoaders>;
