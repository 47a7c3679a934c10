import { createHash } from 'node:crypto';
import { Database } from '../../src/neo4j/database';

/**
 * A digest of every node's labels and properties and every relationship's type, ends and
 * properties: equal fingerprints mean the graph did not change. Bookkeeping is left out: the
 * schema migrations, and the graph version, which every committed write moves on.
 */
export async function graphFingerprint(db: Database): Promise<string> {
  const nodes = await db.driver.executeQuery(
    `MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:GraphVersion
     RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.key, elementId(n)`,
    {},
    { database: db.name },
  );
  const rels = await db.driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN a.key AS a, type(r) AS type, b.key AS b, properties(r) AS props
     ORDER BY a, type, b, toString(r.basis)`,
    {},
    { database: db.name },
  );
  const stable = (value: unknown): string =>
    JSON.stringify(value, (_key, v) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)))
        : v,
    );
  const hash = createHash('sha256');
  for (const record of [...nodes.records, ...rels.records]) hash.update(stable(record.toObject()));
  return `${nodes.records.length}/${rels.records.length}/${hash.digest('hex')}`;
}
