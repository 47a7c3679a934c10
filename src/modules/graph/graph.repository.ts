import { Database } from '../../neo4j/database';
import { RelationType } from '../common/common.enums';
import { ConceptRecord, ConceptRow, toConcept, toConceptFromRow } from '../concept/concept.record';
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

/** How much of a neighbourhood's nodes and edges the selection reads (see graph.cypher). */
export interface SubgraphProjection {
  briefNodes: boolean;
  edgeEvidence: boolean;
}

type EdgeRow = [
  type: string,
  from: string,
  to: string,
  evidence: Omit<RelationRow, 'type' | 'from' | 'to'> | null,
];

/** Each edge carries its ends, which are among the nodes. */
export async function findNeighborhood(
  db: Database,
  params: { key: string; depth: number; types: RelationType[]; limit: number } & SubgraphProjection,
): Promise<SubgraphRecord> {
  const [row] = await db.read<{ nodes: ConceptRow[]; edges: EdgeRow[]; truncated: boolean }>(
    'neighborhood',
    { ...params },
  );
  if (!row) return { nodes: [], edges: [], truncated: false };
  const nodes = row.nodes.map(toConceptFromRow);
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  return {
    nodes,
    edges: row.edges.map(([type, from, to, evidence]) => {
      const edge = toRelation({ type, from, to, ...evidence });
      const [fromNode, toNode] = [byKey.get(from), byKey.get(to)];
      if (fromNode && toNode) edge.ends = { from: fromNode, to: toNode };
      return edge;
    }),
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
