import path from 'node:path';
import { loadConfig } from '../../src/core/config';
import { Database, QueryListener } from '../../src/neo4j/database';
import { createDriver } from '../../src/neo4j/driver';
import { loadNamedQueries } from '../../src/neo4j/named-queries';
import { CYPHER_DIR } from '../../src/core/paths';

/** A Database on the Neo4j the global setup prepared (NEO4J_URI is set by then). */
export function openTestDatabase(listener?: QueryListener): {
  db: Database;
  close: () => Promise<void>;
} {
  const config = loadConfig();
  const driver = createDriver({
    uri: config.NEO4J_URI!,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    connectionTimeoutMs: config.NEO4J_CONNECTION_TIMEOUT_MS,
    acquisitionTimeoutMs: config.NEO4J_ACQUISITION_TIMEOUT_MS,
  });
  const queries = loadNamedQueries(path.join(CYPHER_DIR, 'queries'));
  const db = new Database(driver, config.NEO4J_DATABASE, queries, config.QUERY_TIMEOUT_MS, {
    listener,
    writeTimeoutMs: config.WRITE_TIMEOUT_MS,
  });
  return { db, close: () => driver.close() };
}
