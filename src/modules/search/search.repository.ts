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
 * enough for the best scores, but the index breaks ties in its own order: reading at least
 * TIE_CANDIDATES lets equal scores be ordered by name here, so a smaller `first` gives the start
 * of a larger one's list. A kind filter drops hits after that cut, so it reads deeper, up to
 * FILTERED_CANDIDATES.
 */
export const FILTERED_CANDIDATES = 1000;
const TIE_CANDIDATES = 50;

/** How many hits to read from each full-text index for `first` hits of `kinds`. */
export function searchCandidates(kinds: readonly ConceptKind[], first: number): number {
  return kinds.length === ALL_CONCEPT_KINDS.length
    ? Math.max(first, TIE_CANDIDATES)
    : FILTERED_CANDIDATES;
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
    {
      queryEn: queries.en,
      queryZh: queries.zh,
      exact: exactNameForms(text),
      kinds,
      first,
      candidates: searchCandidates(kinds, first),
    },
  );
  return rows.map((row) => ({ concept: toConcept(row.concept), score: row.score }));
}
