import { manyByKey, oneByKey } from '../../batch';
import { toGlobalId } from '../../ids';
import { Database } from '../../neo4j/database';
import { toConcept } from '../concept/concept.record';
import { toSection } from '../section/section.record';

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
