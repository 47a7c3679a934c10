import DataLoader from 'dataloader';
import { argsKey } from '../../graphql/batch';
import { Database } from '../../neo4j/database';
import { ConceptLoaders } from '../concept/concept.loader';
import {
  countRelations,
  findRelationPages,
  findRelationsByKeys,
  RelationFilter,
  RelationPageRequest,
} from './relation.repository';

/**
 * Keyed by the whole request, so concepts asking with equal arguments share one result. The
 * concepts at the other ends are primed into `conceptsByKeys`, so `from` and `to` cost nothing.
 */
export function createRelationLoaders(
  db: Database,
  conceptsByKeys: ConceptLoaders['conceptsByKeys'],
) {
  return {
    relationPages: new DataLoader(
      (requests: readonly RelationPageRequest[]) =>
        findRelationPages(db, requests, (concept) => conceptsByKeys.prime(concept.key, concept)),
      { cacheKeyFn: argsKey },
    ),
    relationCounts: new DataLoader(
      (filters: readonly RelationFilter[]) => countRelations(db, filters),
      { cacheKeyFn: argsKey },
    ),
    relationsByKeys: new DataLoader((keys: readonly string[]) => findRelationsByKeys(db, keys)),
  };
}

export type RelationLoaders = ReturnType<typeof createRelationLoaders>;
