import { Database } from '../../neo4j/database';
import { ALL_CONCEPT_KINDS, ConceptKind } from '../common/common.enums';
import { ConceptRecord, toConcept } from '../concept/concept.record';
import { exactNameForms, indexQueries } from './search.lucene';

export interface SearchHitRecord {
  concept: ConceptRecord;
  score: number;
}

/**
 * Hits each full-text index hands over. Without a kind filter the best `first` of each index are
 * enough; a kind filter drops hits after that cut, so it reads deeper, up to this bound.
 */
export const FILTERED_CANDIDATES = 1000;

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
    {
      queryEn: queries.en,
      queryZh: queries.zh,
      exact: exactNameForms(text),
      kinds,
      first,
      candidates: kinds.length === ALL_CONCEPT_KINDS.length ? first : FILTERED_CANDIDATES,
    },
  );
  return rows.map((row) => ({ concept: toConcept(row.concept), score: row.score }));
}
