import { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/core/config';
import { createLogger, Logger } from '../../src/core/logger';
import { QueryListener } from '../../src/neo4j/database';
import { App, createApp } from '../../src/http/server';
import { openTestDatabase } from './neo4j';

export interface TestApp extends App {
  /** Base URL of the listening server, e.g. http://127.0.0.1:41234 */
  url: string;
  /** POSTs a GraphQL operation as a client would and returns the parsed body. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLBody<T>>;
  close(): Promise<void>;
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/**
 * The real app on the test Neo4j; `env` overrides configuration for this app only, and `log`
 * (see log-capture.ts) replaces the logger at `LOG_LEVEL`.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  onQuery?: QueryListener,
  log?: Logger,
): Promise<TestApp> {
  // Every test request comes from one address: suites get no per-client budget unless they
  // test it (see bounded-work.test.ts).
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    CLIENT_COST_BUDGET: '0',
    // Operations are compiled by graphql-jit at their first run, so every suite checks compiled
    // answers; jit-executor.test.ts checks the default (graphql-js first, compiled when repeated).
    JIT_AFTER_RUNS: '0',
    ...env,
  });
  const { db, close } = openTestDatabase();
  const app = await createApp({
    config,
    db,
    log: log ?? createLogger(config.LOG_LEVEL),
    onQuery,
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    ...app,
    url,
    async graphql<T>(
      query: string,
      variables?: Record<string, unknown>,
      headers?: Record<string, string>,
    ): Promise<GraphQLBody<T>> {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLBody<T>;
    },
    async close() {
      await app.apollo.stop();
      await close();
    },
  };
}

/**
 * Two apps on the test Neo4j, to compare the executors: `compiled` runs every operation on
 * graphql-jit from its first run, `interpreted` never compiles (graphql-js only).
 */
export async function startBothExecutors() {
  const [compiled, interpreted] = await Promise.all([
    startTestApp({ JIT_AFTER_RUNS: '0' }),
    startTestApp({ JIT_AFTER_RUNS: String(Number.MAX_SAFE_INTEGER) }),
  ]);
  return {
    compiled,
    interpreted,
    close: () => Promise.all([compiled.close(), interpreted.close()]),
  };
}
