import { Driver } from 'neo4j-driver';
import { Config } from '../config';
import { CYPHER_DIR } from '../paths';
import path from 'node:path';
import { Database } from './database';
import { createDriver } from './driver';
import { startEmbeddedNeo4j, EmbeddedNeo4j } from './embedded';
import { loadNamedQueries } from './named-queries';

export interface Neo4jConnection {
  driver: Driver;
  db: Database;
  uri: string;
  embedded?: EmbeddedNeo4j;
  close(): Promise<void>;
}

/** Connects to `NEO4J_URI` when set; otherwise starts the embedded Neo4j and connects to it. */
export async function connectNeo4j(
  config: Config,
  log: (message: string) => void,
): Promise<Neo4jConnection> {
  const embedded = config.NEO4J_URI
    ? undefined
    : await startEmbeddedNeo4j({
        dataDir: config.NEO4J_DATA_DIR,
        port: config.NEO4J_EMBEDDED_PORT,
        heapMb: config.NEO4J_EMBEDDED_HEAP_MB,
        pageCacheMb: config.NEO4J_EMBEDDED_PAGE_CACHE_MB,
        password: config.NEO4J_PASSWORD,
        timeoutMs: config.NEO4J_START_TIMEOUT_MS,
        log,
      });
  const uri = config.NEO4J_URI ?? embedded!.uri;
  const driver = createDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw new Error(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
  }
  const queries = loadNamedQueries(path.join(CYPHER_DIR, 'queries'));
  const db = new Database(driver, config.NEO4J_DATABASE, queries, config.QUERY_TIMEOUT_MS);
  return {
    driver,
    db,
    uri,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
