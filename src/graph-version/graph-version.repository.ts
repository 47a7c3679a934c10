import neo4j from 'neo4j-driver';
import { Database, WriteTx } from '../neo4j/database';

/** Increments the graph version inside the caller's write transaction and returns the new value. */
export async function bumpGraphVersion(tx: WriteTx): Promise<number> {
  const [row] = await tx.run<{ version: number }>('bumpGraphVersion');
  return row.version;
}

const READ_TIMEOUT_MS = 2000;
/** A frozen server answers no timeout of its own: the client gives up a little later. */
const READ_DEADLINE_MS = 3000;

/**
 * The committed graph version. Read from the cluster's writer, not a secondary: right after a
 * write through this process, a lagging secondary could still report the previous value.
 */
export async function readGraphVersion(db: Database): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`The graph version was not read within ${READ_DEADLINE_MS} ms`)),
      READ_DEADLINE_MS,
    );
  });
  try {
    const { records } = await Promise.race([
      db.driver.executeQuery(
        db.text('graphVersion'),
        {},
        {
          database: db.name,
          routing: neo4j.routing.WRITE,
          transactionConfig: { timeout: READ_TIMEOUT_MS },
        },
      ),
      deadline,
    ]);
    return records[0].get('version') as number;
  } finally {
    clearTimeout(timer);
  }
}
