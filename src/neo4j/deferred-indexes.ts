import { Driver } from 'neo4j-driver';

/**
 * The indexes on concepts that serve reads only (the two full-text indexes, kind, name and sort
 * name; not the key's, which the load itself seeks by), kept up to date write by write, cost a
 * first load of the seed most of Neo4j's time per concept (each concept updates two Lucene
 * indexes), while building them afterwards from the loaded nodes takes seconds: at 100,000
 * synthetic concepts the concepts' stage took half as long. So a load into a graph without
 * concepts drops them first and builds them again at its end. Meanwhile each one's definition, as
 * Neo4j prints it, stays in the graph as a `(:DeferredIndex {name, statement})` node: should the
 * load be killed, the next start or load (which apply the migrations, and with them
 * `restoreDeferredIndexes`) builds them again, so search never stays without its indexes.
 */

/** Neo4j's own index names are quoted as identifiers, never spliced in raw. */
const quoted = (name: string) => `\`${name.replace(/`/g, '``')}\``;

/**
 * Drops the read-only indexes on concepts when the graph holds none, recording them first;
 * returns whether it did (then the caller must call `restoreDeferredIndexes`, also on failure).
 */
export async function deferConceptIndexes(driver: Driver, database: string): Promise<boolean> {
  const { records: counts } = await driver.executeQuery(
    'MATCH (c:Concept) RETURN count(c) AS concepts',
    {},
    { database },
  );
  if (Number(counts[0].get('concepts')) > 0) return false;
  const { records } = await driver.executeQuery(
    `SHOW INDEXES YIELD name, type, labelsOrTypes, owningConstraint, createStatement
     WHERE type IN ['FULLTEXT', 'RANGE'] AND owningConstraint IS NULL
       AND labelsOrTypes = ['Concept']
     RETURN name, createStatement`,
    {},
    { database },
  );
  const indexes = records.map((r) => ({
    name: r.get('name') as string,
    statement: r.get('createStatement') as string,
  }));
  if (!indexes.length) return false;
  await driver.executeQuery(
    'UNWIND $indexes AS i MERGE (d:DeferredIndex {name: i.name}) SET d.statement = i.statement',
    { indexes },
    { database },
  );
  // Schema commands cannot share a transaction with writes, so each runs on its own.
  for (const { name } of indexes) {
    await driver.executeQuery(`DROP INDEX ${quoted(name)} IF EXISTS`, {}, { database });
  }
  return true;
}

/**
 * Builds again every index a load deferred (recorded by `deferConceptIndexes`), waits until
 * Neo4j has populated them, and forgets the records. Does nothing when none is recorded.
 */
export async function restoreDeferredIndexes(driver: Driver, database: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (d:DeferredIndex) RETURN d.name AS name, d.statement AS statement',
    {},
    { database },
  );
  if (!records.length) return [];
  const names: string[] = [];
  for (const record of records) {
    const [name, statement] = [record.get('name') as string, record.get('statement') as string];
    const { records: existing } = await driver.executeQuery(
      'SHOW INDEXES YIELD name WHERE name = $name RETURN name',
      { name },
      { database },
    );
    if (!existing.length) await driver.executeQuery(statement, {}, { database });
    names.push(name);
  }
  await driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database });
  await driver.executeQuery('MATCH (d:DeferredIndex) DELETE d', {}, { database });
  return names;
}
