import { Database } from '../../neo4j/database';
import { RelationType } from '../common/common.enums';
import { ConceptRecord, toConcept } from '../concept/concept.record';
import { RelationRecord, RelationRow, toRelation } from '../relation/relation.record';
import { SectionRecord, toSection } from '../section/section.record';

type Props = Record<string, unknown>;

export interface SubgraphRecord {
  nodes: ConceptRecord[];
  edges: RelationRecord[];
  truncated: boolean;
}

export interface PathRecord {
  length: number;
  concepts: ConceptRecord[];
  relations: RelationRecord[];
  /** The sections the relations' evidence names (their sentences cite them). */
  sections: SectionRecord[];
}

export interface CoMentionRecord {
  concept: ConceptRecord;
  sharedSections: SectionRecord[];
  count: number;
}

export async function findNeighborhood(
  db: Database,
  params: { key: string; depth: number; types: RelationType[]; limit: number },
): Promise<SubgraphRecord> {
  const [row] = await db.read<{ nodes: Props[]; edges: RelationRow[]; truncated: boolean }>(
    'neighborhood',
    params,
  );
  if (!row) return { nodes: [], edges: [], truncated: false };
  return {
    nodes: row.nodes.map(toConcept),
    edges: row.edges.map(toRelation),
    truncated: row.truncated,
  };
}

export async function findShortestPaths(
  db: Database,
  params: { from: string; to: string; maxHops: number; types: RelationType[]; first: number },
): Promise<PathRecord[]> {
  const rows = await db.read<{ concepts: Props[]; relations: RelationRow[]; sections: Props[] }>(
    'shortestPaths',
    params,
  );
  return rows.map((row) => ({
    length: row.relations.length,
    concepts: row.concepts.map(toConcept),
    relations: row.relations.map(toRelation),
    sections: row.sections.map(toSection),
  }));
}

export async function findCoMentioned(
  db: Database,
  key: string,
  first: number,
): Promise<CoMentionRecord[]> {
  const rows = await db.read<{ concept: Props; shared: Props[]; count: number }>('coMentioned', {
    key,
    first,
  });
  return rows.map((row) => ({
    concept: toConcept(row.concept),
    sharedSections: row.shared.map(toSection),
    count: row.count,
  }));
}
