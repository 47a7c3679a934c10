import DataLoader from 'dataloader';
import { argsKey } from '../../batch';
import { Database } from '../../neo4j/database';
import {
  countRelations,
  findRelationPages,
  RelationFilter,
  RelationPageRequest,
} from './relation.repository';

/** Keyed by the whole request, so concepts asking with equal arguments share one result. */
export function createRelationLoaders(db: Database) {
  return {
    relationPages: new DataLoader(
      (requests: readonly RelationPageRequest[]) => findRelationPages(db, requests),
      { cacheKeyFn: argsKey },
    ),
    relationCounts: new DataLoader(
      (filters: readonly RelationFilter[]) => countRelations(db, filters),
      { cacheKeyFn: argsKey },
    ),
  };
}

export type RelationLoaders = ReturnType<typeof createRelationLoaders>;
