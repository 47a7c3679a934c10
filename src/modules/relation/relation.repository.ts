import { Database } from '../../neo4j/database';
import { ConceptKind, Direction, RelationType } from '../common/common.enums';
import { ConceptRecord, toConcept } from '../concept/concept.record';
import { RelationRecord, RelationRow, toRelation } from './relation.record';

/** Which relations of one concept to read; `kinds` filters the concept at the other end. */
export interface RelationFilter {
  key: string;
  direction: Direction;
  types: RelationType[];
  kinds: ConceptKind[] | null;
}

export interface RelationPageRequest extends RelationFilter {
  offset: number;
  limit: number;
}

/**
 * One query for a whole batch of requests, each answered in request order. `seeOtherEnd` receives
 * the concepts at the other ends, which the query returns anyway.
 */
export async function findRelationPages(
  db: Database,
  requests: readonly RelationPageRequest[],
  seeOtherEnd: (concept: ConceptRecord) => void = () => {},
): Promise<RelationRecord[][]> {
  const rows = await db.read<{ id: number; relations: RelationRow[] }>('relationsOfConcepts', {
    requests: requests.map((request, id) => ({ ...request, id })),
  });
  const pages: RelationRecord[][] = requests.map(() => []);
  for (const row of rows) {
    pages[row.id] = row.relations.map((relation) => {
      if (relation.other) seeOtherEnd(toConcept(relation.other));
      return toRelation(relation);
    });
  }
  return pages;
}

export async function countRelations(
  db: Database,
  filters: readonly RelationFilter[],
): Promise<number[]> {
  const rows = await db.read<{ id: number; total: number }>('relationCounts', {
    requests: filters.map((filter, id) => ({ ...filter, id })),
  });
  const totals = filters.map(() => 0);
  for (const row of rows) totals[row.id] = row.total;
  return totals;
}
