/** `up`: Neo4j answers; `down`: it does not, for now; `failed`: it will not come back by itself. */
export type HealthState = 'up' | 'down' | 'failed';

/** Sends one cheap query to Neo4j. */
export type Probe = () => Promise<void>;

export interface HealthOptions {
  intervalMs: number;
  /** A probe unanswered for this long counts as Neo4j being down. */
  timeoutMs: number;
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
}

/** Probes stuck on a frozen server each hold a connection; past this many none are added. */
const MAX_PROBES_IN_FLIGHT = 2;

/**
 * Watches whether Neo4j answers, by probing it every `intervalMs`. While it does not, requests
 * fail at once instead of queueing on a dead or frozen server, and queries in flight are let go
 * the moment it is noticed: a server-side transaction timeout cannot help when the server itself
 * is stopped.
 */
export class DatabaseHealth {
  private current: HealthState = 'up';
  private reason = '';
  private readonly downListeners = new Set<() => void>();
  private timer?: NodeJS.Timeout;
  private probesInFlight = 0;
  private probe?: Probe;

  constructor(private readonly options: HealthOptions) {}

  get state(): HealthState {
    return this.current;
  }

  get isUp(): boolean {
    return this.current === 'up';
  }

  /** Why it is not up, for logs and the readiness answer. */
  get why(): string {
    return this.reason;
  }

  start(probe: Probe): void {
    if (this.timer) return;
    this.probe = probe;
    this.timer = setInterval(() => this.probeNow(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Called once when the database goes down; returns a function that unsubscribes. */
  onDown(listener: () => void): () => void {
    this.downListeners.add(listener);
    return () => this.downListeners.delete(listener);
  }

  /** Known to be down without probing, e.g. the embedded process just exited. */
  markDown(reason: string): void {
    if (this.current !== 'up') return;
    this.current = 'down';
    this.reason = reason;
    this.options.log.warn({ reason }, 'Neo4j is unavailable; requests answer SERVICE_UNAVAILABLE');
    for (const listener of [...this.downListeners]) listener();
  }

  /** Nothing will bring the database back without restarting this process. */
  markFailed(reason: string): void {
    this.markDown(reason);
    this.current = 'failed';
    this.reason = reason;
    this.stop();
  }

  probeNow(): void {
    const { probe } = this;
    if (!probe || this.current === 'failed' || this.probesInFlight >= MAX_PROBES_IN_FLIGHT) return;
    this.probesInFlight += 1;
    const { timeoutMs } = this.options;
    const late = setTimeout(() => this.markDown(`no answer within ${timeoutMs} ms`), timeoutMs);
    // A probe that answers after its deadline still counts: a frozen server that resumes
    // answers the probes it kept waiting, and that is the first sign it is back.
    probe()
      .then(
        () => this.markUp(),
        (error: Error) => this.markDown(error.message),
      )
      .finally(() => {
        clearTimeout(late);
        this.probesInFlight -= 1;
      });
  }

  private markUp(): void {
    if (this.current !== 'down') return;
    this.current = 'up';
    this.reason = '';
    this.options.log.info({}, 'Neo4j answers again');
  }
}
