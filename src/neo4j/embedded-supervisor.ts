import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedNeo4j, EmbeddedOptions, ExitStatus, startEmbeddedNeo4j } from './embedded';
import { DatabaseHealth } from './health';

export interface RestartPolicy {
  /** Wait before the first restart; doubles after each failed one. */
  backoffMs: number;
  backoffMaxMs: number;
  /** Failed restarts in a row before giving up. */
  attempts: number;
}

export interface SupervisorLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** An instance that stays up this long is healthy again: the next crash starts a fresh backoff. */
const STABLE_MS = 60000;

/**
 * Keeps the embedded Neo4j running: when its process ends without being asked to, the API says
 * so in its log, marks the database down (requests answer SERVICE_UNAVAILABLE at once) and starts
 * it again on the same port and data folder, waiting longer after each failed try. After
 * `attempts` failures in a row it gives up and marks the database failed, which turns
 * `/health/live` to 503 so that whatever runs the API restarts it.
 */
export class EmbeddedSupervisor {
  private stopping = false;
  private readonly stopped = new AbortController();
  private restarting?: Promise<void>;
  private nextDelayMs: number;

  private constructor(
    private instance: EmbeddedNeo4j,
    private readonly options: EmbeddedOptions,
    private readonly policy: RestartPolicy,
    private readonly health: DatabaseHealth,
    private readonly log: SupervisorLog,
  ) {
    this.nextDelayMs = policy.backoffMs;
    this.watch(instance);
  }

  static async start(
    options: EmbeddedOptions,
    policy: RestartPolicy,
    health: DatabaseHealth,
    log: SupervisorLog,
  ): Promise<EmbeddedSupervisor> {
    return new EmbeddedSupervisor(await startEmbeddedNeo4j(options), options, policy, health, log);
  }

  get uri(): string {
    return this.instance.uri;
  }

  /** The Java process running now (it changes after a restart). */
  get pid(): number {
    return this.instance.pid;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.stopped.abort();
    await this.restarting;
    await this.instance.stop();
  }

  private watch(instance: EmbeddedNeo4j): void {
    const startedAt = Date.now();
    void instance.exited.then((status) => {
      if (this.stopping || instance !== this.instance) return;
      if (Date.now() - startedAt > STABLE_MS) this.nextDelayMs = this.policy.backoffMs;
      this.restarting = this.restart(status);
    });
  }

  private async restart(status: ExitStatus): Promise<void> {
    this.log.error(
      { pid: this.instance.pid, exitCode: status.code, signal: status.signal },
      'The embedded Neo4j exited unexpectedly; restarting it',
    );
    this.health.markDown('the embedded Neo4j exited');
    for (let attempt = 1; attempt <= this.policy.attempts; attempt++) {
      const waited = await sleep(this.nextDelayMs, true, { signal: this.stopped.signal }).catch(
        () => false,
      );
      if (!waited) return;
      this.nextDelayMs = Math.min(this.nextDelayMs * 2, this.policy.backoffMaxMs);
      try {
        this.instance = await startEmbeddedNeo4j(this.options);
      } catch (error) {
        this.log.error(
          { attempt, err: (error as Error).message },
          'Restarting the embedded Neo4j failed',
        );
        continue;
      }
      this.log.info({ pid: this.instance.pid, attempt }, 'The embedded Neo4j is running again');
      this.watch(this.instance);
      this.health.probeNow();
      return;
    }
    this.health.markFailed(
      `the embedded Neo4j could not be restarted after ${this.policy.attempts} attempts`,
    );
    this.log.error({}, 'Gave up restarting the embedded Neo4j; /health/live now answers 503');
  }
}
