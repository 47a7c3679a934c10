import { manyByKey, oneByKey } from '../../graphql/batch';
import { toGlobalId } from '../../graphql/ids';
import { Database } from '../../neo4j/database';
import { toConcept } from '../concept/concept.record';
import { SectionRecord, toSection } from '../section/section.record';

export interface PaperRecord {
  id: string;
  key: string;
  title: string;
  titleOriginal: boolean | null;
  titleZh: string | null;
  titleZhOriginal: boolean | null;
  publishedOn: string | null;
  event: string | null;
  url: string | null;
}

type PaperRow = { paper: Omit<PaperRecord, 'id'> };

function toPaper(paper: Omit<PaperRecord, 'id'>): PaperRecord {
  return { ...paper, id: toGlobalId('Paper', paper.key) };
}

export async function listPapers(db: Database): Promise<PaperRecord[]> {
  const rows = await db.read<PaperRow>('allPapers');
  return rows.map((row) => toPaper(row.paper));
}

export async function findPaper(db: Database, key: string): Promise<PaperRecord | null> {
  const rows = await db.read<PaperRow>('paperByKey', { key });
  return rows[0] ? toPaper(rows[0].paper) : null;
}

export interface PaperOutline {
  paper: PaperRecord;
  /** Every section in reading order, with its parent's key (null for a chapter). */
  sections: { section: SectionRecord; parent: string | null }[];
}

/** A paper and its whole outline, in one statement. */
export async function findPaperWithOutline(
  db: Database,
  key: string,
): Promise<PaperOutline | null> {
  const [row] = await db.read<{
    paper: Omit<PaperRecord, 'id'>;
    sections: [
      key: string,
      paper: string,
      number: string,
      title: string,
      titleZh: string | null,
      level: number,
      order: number,
      parent: string | null,
    ][];
  }>('paperWithOutline', { key });
  if (!row) return null;
  return {
    paper: toPaper(row.paper),
    sections: row.sections.map(([key, paper, number, title, titleZh, level, order, parent]) => ({
      section: toSection({ key, paper, number, title, titleZh, level, order }),
      parent,
    })),
  };
}

export async function findPapersByKeys(db: Database, keys: readonly string[]) {
  const rows = await db.read<PaperRow & { key: string }>('papersByKeys', { keys });
  return oneByKey(
    keys,
    rows,
    (row) => row.key,
    (row) => toPaper(row.paper),
  );
}

export async function findPaperOutlines(db: Database, keys: readonly string[]) {
  const rows = await db.read<{ key: string; section: Record<string, unknown> }>('paperOutlines', {
    keys,
  });
  return manyByKey(
    keys,
    rows,
    (row) => row.key,
    (row) => toSection(row.section),
  );
}

export async function findPaperPublishers(db: Database, keys: readonly string[]) {
  const rows = await db.read<{ key: string; concept: Record<string, unknown> }>('paperPublishers', {
    keys,
  });
  return oneByKey(
    keys,
    rows,
    (row) => row.key,
    (row) => toConcept(row.concept),
  );
}

export async function countPaperSections(db: Database, keys: readonly string[]) {
  const rows = await db.read<{ key: string; sections: number }>('paperSectionCounts', { keys });
  return oneByKey(
    keys,
    rows,
    (row) => row.key,
    (row) => row.sections,
  ).map((n) => n ?? 0);
}
