import neo4j, { Driver, ManagedTransaction, RecordShape } from 'neo4j-driver';

export type Params = Record<string, unknown>;
export type Row = RecordShape;

/** Called once per query sent to Neo4j; tests use it to count round trips. */
export type QueryListener = (name: string) => void;

/**
 * JS numbers travel as floats, which Cypher refuses for LIMIT and SKIP; whole numbers are sent as
 * Neo4j integers instead.
 */
function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParams(v)]));
  }
  return value;
}

/** Runs named Cypher queries: reads are routed to readers with a timeout, writes to the leader. */
export class Database {
  constructor(
    readonly driver: Driver,
    readonly name: string,
    private readonly queries: ReadonlyMap<string, string>,
    private readonly readTimeoutMs: number,
    private readonly listener?: QueryListener,
  ) {}

  /** The same database seen through another listener (one per request). */
  withListener(listener: QueryListener): Database {
    return new Database(this.driver, this.name, this.queries, this.readTimeoutMs, listener);
  }

  /** Resolves a query by name and reports it to the listener as one round trip. */
  prepare(name: string): string {
    const text = this.text(name);
    this.listener?.(name);
    return text;
  }

  text(name: string): string {
    const text = this.queries.get(name);
    if (!text) throw new Error(`Unknown named query "${name}"`);
    return text;
  }

  /**
   * An auto-commit read: one message round to the server, where executeQuery's managed
   * transaction sends three. Reads are routed to readers and share executeQuery's bookmark
   * manager, so a read still sees every write this process made before it.
   */
  async read<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      const result = await session.run(this.prepare(name), toNeo4jParams(params) as Params, {
        timeout: this.readTimeoutMs,
      });
      return result.records.map((record) => record.toObject() as T);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work` in one write transaction; the driver retries it on transient errors. Its bookmark
   * goes to the manager reads use, so on a cluster the next read waits for this write.
   */
  async write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await session.executeWrite((tx) => work(new WriteTx(tx, this)));
    } finally {
      await session.close();
    }
  }
}

export class WriteTx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly db: Database,
  ) {}

  async run<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    const result = await this.tx.run(this.db.prepare(name), toNeo4jParams(params) as Params);
    return result.records.map((record) => record.toObject() as T);
  }
}
