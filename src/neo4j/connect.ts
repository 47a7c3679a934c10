import { Driver } from 'neo4j-driver';
import { Config } from '../core/config';
import { CYPHER_DIR } from '../core/paths';
import path from 'node:path';
import { Database } from './database';
import { createDriver } from './driver';
import { EmbeddedSupervisor, SupervisorLog } from './embedded-supervisor';
import { DatabaseHealth, HealthOptions } from './health';
import { loadNamedQueries } from './named-queries';

/** Where the health watcher and the supervisor report what happens to the database. */
export type EventLog = HealthOptions['log'] & SupervisorLog;

function textEvents(log: (message: string) => void): EventLog {
  const line = (obj: object | string, msg?: string) =>
    log(typeof obj === 'string' ? obj : `${msg} ${JSON.stringify(obj)}`);
  return { info: line, warn: line, error: line };
}

export interface Neo4jConnection {
  driver: Driver;
  db: Database;
  uri: string;
  embedded?: EmbeddedSupervisor;
  close(): Promise<void>;
}

/**
 * Connects to `NEO4J_URI` when set; otherwise starts the embedded Neo4j under a supervisor that
 * restarts it. Either way a health watcher probes the database, and the driver reconnects by
 * itself once it answers again.
 */
export async function connectNeo4j(
  config: Config,
  log: (message: string) => void,
  events: EventLog = textEvents(log),
): Promise<Neo4jConnection> {
  const health = new DatabaseHealth({
    intervalMs: config.NEO4J_PROBE_INTERVAL_MS,
    timeoutMs: config.NEO4J_PROBE_TIMEOUT_MS,
    log: events,
  });
  const embedded = config.NEO4J_URI
    ? undefined
    : await EmbeddedSupervisor.start(
        {
          dataDir: config.NEO4J_DATA_DIR,
          port: config.NEO4J_EMBEDDED_PORT,
          heapMb: config.NEO4J_EMBEDDED_HEAP_MB,
          pageCacheMb: config.NEO4J_EMBEDDED_PAGE_CACHE_MB,
          password: config.NEO4J_PASSWORD,
          timeoutMs: config.NEO4J_START_TIMEOUT_MS,
          log,
        },
        {
          backoffMs: config.NEO4J_RESTART_BACKOFF_MS,
          backoffMaxMs: config.NEO4J_RESTART_BACKOFF_MAX_MS,
          attempts: config.NEO4J_RESTART_ATTEMPTS,
        },
        health,
        events,
      );
  const uri = config.NEO4J_URI ?? embedded!.uri;
  const driver = createDriver({
    uri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    connectionTimeoutMs: config.NEO4J_CONNECTION_TIMEOUT_MS,
    acquisitionTimeoutMs: config.NEO4J_ACQUISITION_TIMEOUT_MS,
  });
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw new Error(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
  }
  const queries = loadNamedQueries(path.join(CYPHER_DIR, 'queries'));
  const db = new Database(driver, config.NEO4J_DATABASE, queries, config.QUERY_TIMEOUT_MS, {
    health,
    writeTimeoutMs: config.WRITE_TIMEOUT_MS,
    deadlineGraceMs: config.QUERY_DEADLINE_GRACE_MS,
  });
  health.start(() => db.ping(config.NEO4J_PROBE_TIMEOUT_MS));
  return {
    driver,
    db,
    uri,
    embedded,
    async close() {
      health.stop();
      await driver.close();
      await embedded?.stop();
    },
  };
}
