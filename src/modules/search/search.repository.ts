import { Database } from '../../neo4j/database';
import { ConceptKind } from '../common/common.enums';
import { ConceptRecord, toConcept } from '../concept/concept.record';

export interface SearchHitRecord {
  concept: ConceptRecord;
  score: number;
}

export async function searchConcepts(
  db: Database,
  query: string,
  kinds: ConceptKind[],
  first: number,
): Promise<SearchHitRecord[]> {
  const rows = await db.read<{ concept: Record<string, unknown>; score: number }>(
    'searchConcepts',
    {
      query,
      kinds,
      first,
    },
  );
  return rows.map((row) => ({ concept: toConcept(row.concept), score: row.score }));
}
