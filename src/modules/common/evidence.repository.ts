import { manyByKey } from '../../graphql/batch';
import { Database } from '../../neo4j/database';
import { EvidenceRecord, toEvidence } from './evidence.record';

type EvidenceRow = {
  key: string;
  section: string;
  basis: string;
  sourceUrl: string | null;
  quote: string | null;
  note: string | null;
};

/**
 * Evidence per owner key, for the named queries that return one row per `EVIDENCED_IN` link of
 * concepts or facts (`conceptEvidence`, `factEvidence`).
 */
export async function findEvidenceOf(
  db: Database,
  query: 'conceptEvidence' | 'factEvidence',
  keys: readonly string[],
): Promise<EvidenceRecord[][]> {
  const rows = await db.read<EvidenceRow>(query, { keys });
  return manyByKey(keys, rows, (row) => row.key, toEvidence);
}
