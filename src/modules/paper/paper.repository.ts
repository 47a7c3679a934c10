import { Database } from '../../neo4j/database';

export interface PaperRecord {
  key: string;
  title: string;
  titleZh: string | null;
  titleZhOriginal: boolean | null;
  publishedOn: string | null;
  event: string | null;
  url: string | null;
}

export async function listPapers(db: Database): Promise<PaperRecord[]> {
  const rows = await db.read<{ paper: PaperRecord }>('allPapers');
  return rows.map((row) => row.paper);
}

export async function findPaper(db: Database, key: string): Promise<PaperRecord | null> {
  const rows = await db.read<{ paper: PaperRecord }>('paperByKey', { key });
  return rows[0]?.paper ?? null;
}
