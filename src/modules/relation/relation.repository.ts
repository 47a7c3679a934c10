import { oneByKey } from '../../graphql/batch';
import { Database } from '../../neo4j/database';
import { SortKey, Sorted } from '../../graphql/pagination';
import { ALL_RELATION_TYPES, ConceptKind, Direction, RelationType } from '../common/common.enums';
import { ConceptRecord, ConceptRow, toConceptFromRow } from '../concept/concept.record';
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

type EvidenceLists = Omit<RelationRow, 'type' | 'from' | 'to'>;

/**
 * A relation as the relationPage query part returns it: a list, not a map, because the driver
 * decodes every map key of every row. The other end is [key, kind, name, nameZh, plural] when
 * brief, else all its properties.
 */
export type RelationPageRow = [
  type: string,
  outgoing: boolean,
  sort: SortKey | null,
  evidence: EvidenceLists | null,
  other: ConceptRow,
];

/** How the relationPage part was asked to project (see parts/relations.cypher). */
export interface RelationProjection {
  relationCursors: boolean;
  relationEvidence: boolean;
  briefEnds: boolean;
}

/** What a relation page brings when nothing says less is read: everything. */
export const FULL_PROJECTION: RelationProjection = {
  relationCursors: true,
  relationEvidence: true,
  briefEnds: false,
};

/**
 * Turns the `relations` and `total` of the relationPage query part, for the concept `parent`
 * (its key, or its record when known), into a page. Each relation carries its ends when the
 * parent's record is known. `seeOtherEnd` receives the concepts at the other ends when the part
 * brought all their properties, so the loaders can serve them; brief ones stay on their
 * relations only.
 */
export function toRelationPage(
  relations: RelationPageRow[],
  total: number,
  projection: RelationProjection,
  parent: ConceptRecord | string,
  seeOtherEnd: (concept: ConceptRecord) => void,
): RelationPage {
  const parentKey = typeof parent === 'string' ? parent : parent.key;
  return {
    rows: relations.map(([type, outgoing, sort, evidence, otherRow]) => {
      const other = toConceptFromRow(otherRow);
      if (!projection.briefEnds) seeOtherEnd(other);
      const [from, to] = outgoing ? [parentKey, other.key] : [other.key, parentKey];
      const node = toRelation({ type, from, to, ...evidence });
      if (typeof parent !== 'string') {
        node.ends = outgoing ? { from: parent, to: other } : { from: other, to: parent };
      }
      return { sort: sort ?? [], node };
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
  const rows = await db.read<{ id: number; relations: RelationPageRow[]; total: number }>(
    'relationsOfConcepts',
    { requests: requests.map((request, id) => ({ ...request, id })), ...FULL_PROJECTION },
  );
  const pages: RelationPage[] = requests.map(() => ({ rows: [], total: 0 }));
  for (const row of rows)
    pages[row.id] = toRelationPage(
      row.relations,
      row.total,
      FULL_PROJECTION,
      requests[row.id].key,
      seeOtherEnd,
    );
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
