import { createHash } from 'node:crypto';
import { Database } from '../../src/neo4j/database';

/**
 * A digest of every node's labels and properties and every relationship's type, ends and
 * properties: equal fingerprints mean the graph did not change. Nodes with a label in `skip`
 * (bookkeeping rather than content: the schema migrations, the graph version, which every
 * committed write moves on, and the seed loader's marker) and their relationships are left out. Items are sorted by
 * their full text, so two databases holding the same graph agree however they stored it.
 */
export async function graphFingerprint(
  db: Database,
  skip: string[] = ['SchemaMigration', 'GraphVersion', 'SeedLoad'],
): Promise<string> {
  const nodes = await db.driver.executeQuery(
    `MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip)
     RETURN labels(n) AS labels, properties(n) AS props`,
    { skip },
    { database: db.name },
  );
  const rels = await db.driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE none(l IN labels(a) + labels(b) WHERE l IN $skip)
     RETURN a.key AS a, type(r) AS type, b.key AS b, properties(r) AS props`,
    { skip },
    { database: db.name },
  );
  const stable = (value: unknown): string =>
    JSON.stringify(value, (_key, v) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)))
        : v,
    );
  const lines = (records: typeof nodes.records) =>
    records.map((record) => stable(record.toObject())).sort();
  const hash = createHash('sha256');
  for (const line of [...lines(nodes.records), ...lines(rels.records)]) hash.update(`${line}\n`);
  return `${nodes.records.length}/${rels.records.length}/${hash.digest('hex')}`;
}
