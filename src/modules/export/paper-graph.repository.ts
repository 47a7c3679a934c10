import { Database } from '../../neo4j/database';
import { ALL_RELATION_TYPES, ConceptKind, EvidenceBasis } from '../common/common.enums';
import { ConceptRecord, toConcept } from '../concept/concept.record';
import { RelationRecord, RelationRow, toRelation } from '../relation/relation.record';

export interface PaperGraphRecord {
  /** How many concepts the filters keep; nodes and edges are empty when it exceeds `max`. */
  total: number;
  nodes: ConceptRecord[];
  edges: RelationRecord[];
}

/** Null when no paper has the key. */
export async function findPaperGraph(
  db: Database,
  params: { paper: string; kinds: ConceptKind[]; bases: EvidenceBasis[]; max: number },
): Promise<PaperGraphRecord | null> {
  const [row] = await db.read<{
    total: number;
    nodes: Record<string, unknown>[];
    edges: RelationRow[];
  }>('paperGraph', { ...params, types: ALL_RELATION_TYPES });
  if (!row) return null;
  return { total: row.total, nodes: row.nodes.map(toConcept), edges: row.edges.map(toRelation) };
}
