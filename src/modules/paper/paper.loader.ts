import DataLoader from 'dataloader';
import { Database } from '../../neo4j/database';
import {
  countPaperSections,
  findPaperOutlines,
  findPaperPublishers,
  findPapersByKeys,
} from './paper.repository';

export function createPaperLoaders(db: Database) {
  return {
    papersByKeys: new DataLoader((keys: readonly string[]) => findPapersByKeys(db, keys)),
    paperOutlines: new DataLoader((keys: readonly string[]) => findPaperOutlines(db, keys)),
    paperPublishers: new DataLoader((keys: readonly string[]) => findPaperPublishers(db, keys)),
    paperSectionCounts: new DataLoader((keys: readonly string[]) => countPaperSections(db, keys)),
  };
}

export type PaperLoaders = ReturnType<typeof createPaperLoaders>;
