import neo4j, { Driver, ManagedTransaction, RecordShape } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../core/domain-errors';
import { domainErrorOf } from './driver-errors';
import { DatabaseHealth } from './health';

export type Params = Record<string, unknown>;
export type Row = RecordShape;

/** Sees each named query sent, with its parameters (tests count round trips and check what was asked). */
export type QueryListener = (name: string, params: Params) => void;

export interface DatabaseOptions {
  /** Sees every named query sent (one per round trip). */
  listener?: QueryListener;
  /** When given, requests fail at once while Neo4j is down, and waits in flight are let go. */
  health?: DatabaseHealth;
  /** Transaction timeout of writes; reads use the timeout given to the constructor. */
  writeTimeoutMs?: number;
  /**
   * How much longer than a transaction's timeout the client waits for an answer. The server
   * stops a transaction that runs too long, but only a client-side deadline helps when the
   * server itself does not answer.
   */
  deadlineGraceMs?: number;
}

/**
 * JS numbers travel as floats, which Cypher refuses for LIMIT and SKIP; whole numbers are sent as
 * Neo4j integers instead. Only the lists and maps that hold one are copied: the seed loader's
 * batches (thousands of rows, nearly all without numbers) then go to the driver as they are;
 * copying them all cost about a second of Node's time per 100,000 seeded concepts.
 */
function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, index) => {
      const sent = toNeo4jParams(item);
      if (sent !== item) (copy ??= [...value])[index] = sent;
    });
    return copy ?? value;
  }
  if (value && typeof value === 'object' && value.constructor === Object) {
    let copy: Record<string, unknown> | undefined;
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) {
      const item = map[key];
      const sent = toNeo4jParams(item);
      if (sent !== item) (copy ??= { ...map })[key] = sent;
    }
    return copy ?? value;
  }
  return value;
}

/**
 * Calls `start` with V8's stack traces off. The driver captures a stack trace for every result
 * it creates, to graft onto an error should one come; that was about 3 % of the API's CPU on a
 * small read. Our errors are mapped to domain errors whose stacks are ours, so nothing is lost.
 * `start` must be synchronous up to the point the result exists (session.run is).
 */
function withoutStackTrace<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * The only owner of calls to Neo4j. Reads are routed to readers, writes to the leader, both
 * through the driver's one bookmark manager so a request reads its own writes on a cluster.
 * Every call has a server-side transaction timeout and a client-side deadline, and every driver
 * error leaves as a domain error (see driver-errors.ts).
 */
export class Database {
  readonly health?: DatabaseHealth;
  private readonly writeTimeoutMs: number;
  private readonly deadlineGraceMs: number;

  constructor(
    readonly driver: Driver,
    readonly name: string,
    private readonly queries: ReadonlyMap<string, string>,
    private readonly readTimeoutMs: number,
    private readonly options: DatabaseOptions = {},
  ) {
    this.health = options.health;
    this.writeTimeoutMs = options.writeTimeoutMs ?? readTimeoutMs;
    this.deadlineGraceMs = options.deadlineGraceMs ?? 2000;
  }

  /** The same database seen through another listener (one per request). */
  withListener(listener: QueryListener): Database {
    return new Database(this.driver, this.name, this.queries, this.readTimeoutMs, {
      ...this.options,
      listener,
    });
  }

  /** Resolves a query by name and reports it to the listener as one round trip. */
  prepare(name: string, params: Params): string {
    const text = this.text(name);
    this.options.listener?.(name, params);
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
    const text = this.prepare(name, params);
    return this.guarded(this.readTimeoutMs, async () => {
      const session = this.driver.session({
        database: this.name,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      try {
        const result = await withoutStackTrace(() =>
          session.run(text, toNeo4jParams(params) as Params, { timeout: this.readTimeoutMs }),
        );
        return result.records.map((record) => record.toObject() as T);
      } finally {
        await session.close();
      }
    });
  }

  /**
   * Runs `work` in one write transaction; the driver retries it on transient errors. Its bookmark
   * goes to the manager reads use, so on a cluster the next read waits for this write.
   */
  async write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.guarded(this.writeTimeoutMs, async () => {
      const session = this.driver.session({
        database: this.name,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      try {
        return await session.executeWrite((tx) => work(new WriteTx(tx, this)), {
          timeout: this.writeTimeoutMs,
        });
      } finally {
        await session.close();
      }
    });
  }

  /**
   * Runs `work` in a write transaction that is always rolled back: Neo4j plans and runs its
   * queries, and nothing is written. The seed loader warms a fresh Neo4j up with it.
   */
  async rehearse(work: (tx: WriteTx) => Promise<void>): Promise<void> {
    const session = this.driver.session({ database: this.name });
    try {
      const tx = session.beginTransaction({ timeout: this.writeTimeoutMs });
      try {
        await work(new WriteTx(tx, this));
      } finally {
        await tx.rollback();
      }
    } finally {
      await session.close();
    }
  }

  /**
   * Whether Neo4j answers: the health watcher's view when there is one, else one probe. Used by
   * the readiness check, so it never waits longer than `timeoutMs`.
   */
  async answers(timeoutMs = 2000): Promise<boolean> {
    if (this.health) return this.health.isUp;
    try {
      await this.deadline(this.ping(timeoutMs), timeoutMs, timeoutMs);
      return true;
    } catch {
      return false;
    }
  }

  /** One `RETURN 1`, without the driver's retries, so a failure shows at once. */
  async ping(timeoutMs: number): Promise<void> {
    const session = this.driver.session({ database: this.name, disableAutoCommitRetries: true });
    try {
      await session.run('RETURN 1', {}, { timeout: timeoutMs });
    } finally {
      await session.close();
    }
  }

  private async guarded<T>(timeoutMs: number, call: () => Promise<T>): Promise<T> {
    if (this.health && !this.health.isUp) throw new DatabaseUnavailableError(this.health.why);
    try {
      return await this.deadline(call(), timeoutMs, timeoutMs + this.deadlineGraceMs);
    } catch (error) {
      throw domainErrorOf(error, timeoutMs) ?? error;
    }
  }

  /**
   * Stops waiting for `work` after `waitMs`, or as soon as the health watcher sees Neo4j go down.
   * The driver cannot cancel a query whose server is frozen; its connection is released once the
   * server answers or the socket closes.
   */
  private deadline<T>(work: Promise<T>, timeoutMs: number, waitMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          this.health && !this.health.isUp
            ? new DatabaseUnavailableError(this.health.why)
            : new QueryTimeoutError(timeoutMs),
        );
      }, waitMs);
      const unsubscribe = this.health?.onDown(() =>
        reject(new DatabaseUnavailableError(this.health?.why ?? '')),
      );
      work.then(resolve, reject).finally(() => {
        clearTimeout(timer);
        unsubscribe?.();
      });
    });
  }
}

export class WriteTx {
  constructor(
    private readonly tx: Pick<ManagedTransaction, 'run'>,
    private readonly db: Database,
  ) {}

  async run<T extends Row = Row>(name: string, params: Params = {}): Promise<T[]> {
    const result = await this.tx.run(
      this.db.prepare(name, params),
      toNeo4jParams(params) as Params,
    );
    return result.records.map((record) => record.toObject() as T);
  }
}
