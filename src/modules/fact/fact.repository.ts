import { manyByKey, oneByKey } from '../../graphql/batch';
import { Database } from '../../neo4j/database';
import { toConcept } from '../concept/concept.record';
import { FactRecord, toFact } from './fact.record';

type FactRow = { key: string; fact: Record<string, unknown> };

export async function listFacts(
  db: Database,
  about: string | null,
  first: number,
): Promise<FactRecord[]> {
  const rows = await db.read<FactRow>('factsList', { about, first });
  return rows.map((row) => toFact(row.fact));
}

export async function findFactsByKeys(db: Database, keys: readonly string[]) {
  const rows = await db.read<FactRow>('factsByKeys', { keys });
  return oneByKey(
    keys,
    rows,
    (row) => row.key,
    (row) => toFact(row.fact),
  );
}

export async function findFactAbout(db: Database, keys: readonly string[]) {
  const rows = await db.read<{ key: string; concept: Record<string, unknown> }>('factAbout', {
    keys,
  });
  return manyByKey(
    keys,
    rows,
    (row) => row.key,
    (row) => toConcept(row.concept),
  );
}
