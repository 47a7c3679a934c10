import { Database } from '../../neo4j/database';
import { ALL_CONCEPT_KINDS, ALL_RELATION_TYPES, ConceptKind } from '../common/common.enums';

export interface StatsRecord {
  papers: number;
  sections: number;
  concepts: number;
  relations: number;
  facts: number;
  byKind: { kind: ConceptKind; count: number }[];
}

type StatsRow = Omit<StatsRecord, 'byKind'> & { byKind: { kind: string; count: number }[] };

export async function readStats(db: Database): Promise<StatsRecord> {
  const [row] = await db.read<StatsRow>('graphStats', { types: ALL_RELATION_TYPES });
  const counts = new Map(row.byKind.map((entry) => [entry.kind, entry.count]));
  return {
    ...row,
    // Every kind is listed, in enum order, including those with no concept yet.
    byKind: ALL_CONCEPT_KINDS.map((kind) => ({ kind, count: counts.get(kind) ?? 0 })),
  };
}
