import { Logger } from '../core/logger';
import { Database } from '../neo4j/database';
import { readGraphVersion } from './graph-version.repository';

/**
 * The newest graph version this process knows. It only moves forward: after a write through this
 * process at once, and every `pollMs` for writes made elsewhere (other replicas, `npm run seed`).
 * Unknown (undefined) until the first successful read; caches stand aside until then.
 */
export class GraphVersionTracker {
  private known: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  private failing = false;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
  ) {}

  get current(): number | undefined {
    return this.known;
  }

  /** Reads the version from Neo4j; a failure keeps the last known value and is logged once. */
  async refresh(): Promise<number | undefined> {
    try {
      const version = await readGraphVersion(this.db);
      if (this.known === undefined || version > this.known) this.known = version;
      if (this.failing) this.log.info('Graph version readable again');
      this.failing = false;
    } catch (error) {
      if (!this.failing) this.log.warn({ err: error }, 'Could not read the graph version');
      this.failing = true;
    }
    return this.known;
  }

  /**
   * After a write through this process: if the version it committed cannot be read, the version
   * becomes unknown, so that no cache answers from before the write until a read succeeds.
   */
  async refreshAfterWrite(): Promise<void> {
    await this.refresh();
    if (this.failing) this.known = undefined;
  }

  /**
   * Polls until stop(), each read `pollMs` after the previous one ended, so a slow database never
   * piles reads up. The timer does not keep the process alive on its own.
   */
  start(pollMs: number): void {
    this.stop();
    this.polling = true;
    const next = () => {
      this.timer = setTimeout(async () => {
        await this.refresh();
        if (this.polling) next();
      }, pollMs);
      this.timer.unref();
    };
    next();
  }

  stop(): void {
    this.polling = false;
    clearTimeout(this.timer);
  }
}
