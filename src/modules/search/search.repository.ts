import { Database } from '../../neo4j/database';
import { ConceptKind } from '../common/common.enums';
import { ConceptRecord, toConcept } from '../concept/concept.record';
import { exactNameForms, indexQueries } from './search.lucene';

export interface SearchHitRecord {
  concept: ConceptRecord;
  score: number;
}

/** `terms` is the escaped query from `fulltextQuery`; `text` what the client typed. */
export async function searchConcepts(
  db: Database,
  text: string,
  terms: string,
  kinds: ConceptKind[],
  first: number,
): Promise<SearchHitRecord[]> {
  const queries = indexQueries(terms);
  const rows = await db.read<{ concept: Record<string, unknown>; score: number }>(
    'searchConcepts',
    { queryEn: queries.en, queryZh: queries.zh, exact: exactNameForms(text), kinds, first },
  );
  return rows.map((row) => ({ concept: toConcept(row.concept), score: row.score }));
}
