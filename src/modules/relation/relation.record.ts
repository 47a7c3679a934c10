import { toGlobalId } from '../../graphql/ids';
import { RelationType } from '../common/common.enums';
import { ConceptRecord } from '../concept/concept.record';
import { EvidenceRecord, evidenceFromLists } from '../evidence/evidence.record';

/** A directed relation between two concepts, identified by its ends' keys and its type. */
export interface RelationRecord {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  evidence: EvidenceRecord[];
  /**
   * The concepts at both ends, when the statement that read the relation brought them; they may
   * hold only the naming fields, when looking ahead showed that nothing else is read of them.
   */
  ends?: { from: ConceptRecord; to: ConceptRecord };
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

// Concept keys are letters, digits and hyphens, so `|` cannot occur inside one.
const SEPARATOR = '|';

/** The key inside a relation's global id: there is at most one relation of a type between two concepts. */
export function relationKey(relation: { from: string; type: string; to: string }): string {
  return [relation.from, relation.type, relation.to].join(SEPARATOR);
}

/** The ends and type a relation key names; null when it is not one. */
export function parseRelationKey(key: string): { from: string; type: string; to: string } | null {
  const parts = key.split(SEPARATOR);
  return parts.length === 3 && parts.every(Boolean)
    ? { from: parts[0], type: parts[1], to: parts[2] }
    : null;
}

/** Maps the projection `{type: type(r), from: …, to: …, evidence…}` used by every query. */
export function toRelation(row: RelationRow): RelationRecord {
  return {
    id: toGlobalId('Relation', relationKey(row)),
    type: row.type as RelationType,
    from: row.from,
    to: row.to,
    evidence: evidenceFromLists(row),
  };
}
