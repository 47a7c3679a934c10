import { oneByKey } from '../../batch';
import { Database } from '../../neo4j/database';
import { ALL_RELATION_TYPES, ConceptKind, EvidenceBasis } from '../common/common.enums';
import { EvidenceRecord } from '../common/evidence.record';
import { findEvidenceOf } from '../common/evidence.repository';
import { ConceptRecord, toConcept } from './concept.record';

export type ConceptOrderName = 'NAME' | 'DEGREE' | 'OUTLINE';

/** A validated concept filter: every field set means "restrict by it". */
export interface ConceptQuery {
  kinds: ConceptKind[];
  sectionKey: string | null;
  bases: EvidenceBasis[] | null;
  /** Lower-cased substring of a name or alias. */
  needle: string | null;
}

type ConceptRow = { key: string; concept: Record<string, unknown> };

export async function findConceptsByKeys(
  db: Database,
  keys: readonly string[],
): Promise<(ConceptRecord | null)[]> {
  const rows = await db.read<ConceptRow>('conceptsByKeys', { keys });
  return oneByKey(
    keys,
    rows,
    (row) => row.key,
    (row) => toConcept(row.concept),
  );
}

/** Evidence per concept, in outline order. */
export async function findConceptEvidence(
  db: Database,
  keys: readonly string[],
): Promise<EvidenceRecord[][]> {
  return findEvidenceOf(db, 'conceptEvidence', keys);
}

function filterParams(query: ConceptQuery) {
  return {
    kinds: query.kinds,
    section: query.sectionKey,
    bases: query.bases,
    needle: query.needle,
  };
}

export async function findConceptPage(
  db: Database,
  query: ConceptQuery,
  orderBy: ConceptOrderName,
  offset: number,
  limit: number,
): Promise<ConceptRecord[]> {
  const rows = await db.read<{ concept: Record<string, unknown> }>('conceptsPage', {
    ...filterParams(query),
    orderBy,
    relationTypes: ALL_RELATION_TYPES,
    offset,
    limit,
  });
  return rows.map((row) => toConcept(row.concept));
}

export async function countConcepts(db: Database, query: ConceptQuery): Promise<number> {
  const [row] = await db.read<{ total: number }>('conceptsCount', filterParams(query));
  return row?.total ?? 0;
}
