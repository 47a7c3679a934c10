import neo4j from 'neo4j-driver';
import { Database, WriteTx } from '../neo4j/database';

/** Increments the graph version inside the caller's write transaction and returns the new value. */
export async function bumpGraphVersion(tx: WriteTx): Promise<number> {
  const [row] = await tx.run<{ version: number }>('bumpGraphVersion');
  return row.version;
}

/**
 * The committed graph version. Read from the cluster's writer, not a secondary: right after a
 * write through this process, a lagging secondary could still report the previous value.
 */
export async function readGraphVersion(db: Database): Promise<number> {
  const { records } = await db.driver.executeQuery(
    db.text('graphVersion'),
    {},
    { database: db.name, routing: neo4j.routing.WRITE, transactionConfig: { timeout: 2000 } },
  );
  return records[0].get('version') as number;
}
