import { RelationType } from '../common/common.enums';
import { EvidenceRecord, evidenceFromLists } from '../common/evidence.record';

/** A directed relation between two concepts, identified by its ends' keys. */
export interface RelationRecord {
  type: RelationType;
  from: string;
  to: string;
  evidence: EvidenceRecord[];
}

export interface RelationRow {
  type: string;
  from: string;
  to: string;
  evidenceSections?: string[] | null;
  evidenceBases?: string[] | null;
  evidenceSourceUrls?: string[] | null;
  evidenceQuotes?: string[] | null;
  evidenceNotes?: string[] | null;
  /** Properties of the concept at the other end, where a query brings them along. */
  other?: Record<string, unknown>;
}

/** Maps the projection `r {type: type(r), from: …, to: …, .evidence…}` used by every query. */
export function toRelation(row: RelationRow): RelationRecord {
  return {
    type: row.type as RelationType,
    from: row.from,
    to: row.to,
    evidence: evidenceFromLists(row),
  };
}
