import { oneByKey } from '../../graphql/batch';
import { Database } from '../../neo4j/database';
import { SortKey, Sorted } from '../../graphql/pagination';
import { ALL_RELATION_TYPES, ConceptKind, Direction, RelationType } from '../common/common.enums';
import { ConceptRecord, toConcept } from '../concept/concept.record';
import { parseRelationKey, RelationRecord, RelationRow, toRelation } from './relation.record';

/** Which relations of one concept to read; `kinds` filters the concept at the other end. */
export interface RelationFilter {
  key: string;
  direction: Direction;
  types: RelationType[];
  kinds: ConceptKind[] | null;
}

/** A filter and a window, as the relationPage query part takes them. */
export interface RelationPageRequest extends RelationFilter {
  after: SortKey | null;
  before: SortKey | null;
  backward: boolean;
  limit: number;
}

/** One page of relations in the order read, and how many match in all pages. */
export interface RelationPage {
  rows: Sorted<RelationRecord>[];
  total: number;
}

export type SortedRelationRow = RelationRow & { sort: SortKey };

/**
 * Turns the `relations` and `total` of the relationPage query part into a page; `seeOtherEnd`
 * receives the concepts at the other ends, which the part returns anyway.
 */
export function toRelationPage(
  relations: SortedRelationRow[],
  total: number,
  seeOtherEnd: (concept: ConceptRecord) => void,
): RelationPage {
  return {
    rows: relations.map((relation) => {
      if (relation.other) seeOtherEnd(toConcept(relation.other));
      return { sort: relation.sort, node: toRelation(relation) };
    }),
    total,
  };
}

/** One query for a whole batch of requests, each answered in request order. */
export async function findRelationPages(
  db: Database,
  requests: readonly RelationPageRequest[],
  seeOtherEnd: (concept: ConceptRecord) => void = () => {},
): Promise<RelationPage[]> {
  const rows = await db.read<{ id: number; relations: SortedRelationRow[]; total: number }>(
    'relationsOfConcepts',
    { requests: requests.map((request, id) => ({ ...request, id })) },
  );
  const pages: RelationPage[] = requests.map(() => ({ rows: [], total: 0 }));
  for (const row of rows) pages[row.id] = toRelationPage(row.relations, row.total, seeOtherEnd);
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

/** Relations by the key of their global id; null for keys that name no relation. */
export async function findRelationsByKeys(
  db: Database,
  keys: readonly string[],
): Promise<(RelationRecord | null)[]> {
  const ends = keys.flatMap((key) => {
    const parsed = parseRelationKey(key);
    return parsed ? [{ key, ...parsed }] : [];
  });
  const rows = await db.read<{ key: string; relation: RelationRow }>('relationsByEnds', {
    ends,
    types: ALL_RELATION_TYPES,
  });
  return oneByKey(
    keys,
    rows,
    (row) => row.key,
    (row) => toRelation(row.relation),
  );
}
