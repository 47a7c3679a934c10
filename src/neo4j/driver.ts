import neo4j, { Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  /** Opening a connection (TCP and Bolt handshake) gives up after this long. */
  connectionTimeoutMs?: number;
  /** Waiting for a free connection from the pool gives up after this long. */
  acquisitionTimeoutMs?: number;
}

/**
 * One driver per process. Integers arrive as JS numbers: every count and position in this graph
 * is far below 2^53, and it keeps Neo4j's Integer type out of every layer above the driver.
 */
export function createDriver(options: DriverOptions): Driver {
  const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
  const connectionTimeout = options.connectionTimeoutMs ?? 2000;
  return neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionTimeout,
    // The driver wants the acquisition timeout to cover opening a connection too.
    connectionAcquisitionTimeout: Math.max(options.acquisitionTimeoutMs ?? 3000, connectionTimeout),
    // A request should fail fast with SERVICE_UNAVAILABLE rather than hang through a long outage.
    maxTransactionRetryTime: 5000,
    userAgent: 'whitepaper-knowledge-graph',
  });
}
