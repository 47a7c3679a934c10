import { EvidenceBasis } from '../common/common.enums';

/** One piece of evidence tying a concept, relation or fact to a section of a paper. */
export interface EvidenceRecord {
  sectionKey: string;
  basis: EvidenceBasis;
  sourceUrl: string | null;
  quote: string | null;
  note: string | null;
}

/** Evidence stored as an `EVIDENCED_IN` relationship to a section (concepts and facts). */
export function toEvidence(row: {
  section: string;
  basis: string;
  sourceUrl?: string | null;
  quote?: string | null;
  note?: string | null;
}): EvidenceRecord {
  return {
    sectionKey: row.section,
    basis: row.basis as EvidenceBasis,
    sourceUrl: row.sourceUrl || null,
    quote: row.quote || null,
    note: row.note || null,
  };
}

/**
 * Evidence stored on a concept relation as parallel lists (a relationship cannot point at a
 * section); '' in the URL, quote and note lists means "none", and so does a list left out (the
 * seed loader stores none of those three when all its items are '').
 */
export function evidenceFromLists(lists: {
  evidenceSections?: string[] | null;
  evidenceBases?: string[] | null;
  evidenceSourceUrls?: string[] | null;
  evidenceQuotes?: string[] | null;
  evidenceNotes?: string[] | null;
}): EvidenceRecord[] {
  const sections = lists.evidenceSections ?? [];
  return sections.map((section, i) =>
    toEvidence({
      section,
      basis: lists.evidenceBases?.[i] ?? 'CURATED',
      sourceUrl: lists.evidenceSourceUrls?.[i],
      quote: lists.evidenceQuotes?.[i],
      note: lists.evidenceNotes?.[i],
    }),
  );
}
