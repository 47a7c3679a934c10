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

/** Evidence per owner key, from a named query returning one row per `EVIDENCED_IN` link. */
async function findEvidenceOf(
  db: Database,
  query: 'conceptEvidence' | 'factEvidence',
  keys: readonly string[],
): Promise<EvidenceRecord[][]> {
  const rows = await db.read<EvidenceRow>(query, { keys });
  return manyByKey(keys, rows, (row) => row.key, toEvidence);
}

/** Evidence per concept, in outline order. */
export function findConceptEvidence(db: Database, keys: readonly string[]) {
  return findEvidenceOf(db, 'conceptEvidence', keys);
}

/** Evidence per fact, in outline order. */
export function findFactEvidence(db: Database, keys: readonly string[]) {
  return findEvidenceOf(db, 'factEvidence', keys);
}
