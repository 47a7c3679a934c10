import DataLoader from 'dataloader';
import { Database } from '../../neo4j/database';
import { findConceptsByKeys } from './concept.repository';

/** Per-request loaders of concept data; each batch is one UNWIND query. */
export function createConceptLoaders(db: Database) {
  return {
    /** Concepts by key; null for unknown keys. Reusable by any module that returns concepts. */
    conceptsByKeys: new DataLoader((keys: readonly string[]) => findConceptsByKeys(db, keys)),
  };
}

export type ConceptLoaders = ReturnType<typeof createConceptLoaders>;
