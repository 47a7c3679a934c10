import DataLoader from 'dataloader';
import { argsKey } from '../../graphql/batch';
import { Database } from '../../neo4j/database';
import {
  countSectionConcepts,
  findSectionChildren,
  findSectionConceptPages,
  findSectionParents,
  findSectionPaths,
  findSectionsByKeys,
  SectionConceptFilter,
  SectionConceptRequest,
} from './section.repository';

export function createSectionLoaders(db: Database) {
  return {
    sectionsByKeys: new DataLoader((keys: readonly string[]) => findSectionsByKeys(db, keys)),
    sectionChildren: new DataLoader((keys: readonly string[]) => findSectionChildren(db, keys)),
    sectionParents: new DataLoader((keys: readonly string[]) => findSectionParents(db, keys)),
    sectionPaths: new DataLoader((keys: readonly string[]) => findSectionPaths(db, keys)),
    sectionConceptPages: new DataLoader(
      (requests: readonly SectionConceptRequest[]) => findSectionConceptPages(db, requests),
      { cacheKeyFn: argsKey },
    ),
    sectionConceptCounts: new DataLoader(
      (filters: readonly SectionConceptFilter[]) => countSectionConcepts(db, filters),
      { cacheKeyFn: argsKey },
    ),
  };
}

export type SectionLoaders = ReturnType<typeof createSectionLoaders>;
