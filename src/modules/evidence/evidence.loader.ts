import DataLoader from 'dataloader';
import { Database } from '../../neo4j/database';
import { findConceptEvidence, findFactEvidence } from './evidence.repository';

/** Per-request loaders of the evidence of concepts and facts; each batch is one UNWIND query. */
export function createEvidenceLoaders(db: Database) {
  return {
    conceptEvidence: new DataLoader((keys: readonly string[]) => findConceptEvidence(db, keys)),
    factEvidence: new DataLoader((keys: readonly string[]) => findFactEvidence(db, keys)),
  };
}

export type EvidenceLoaders = ReturnType<typeof createEvidenceLoaders>;
