import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Config, loadConfig } from './core/config';
import { createLogger, Logger } from './core/logger';
import { connectNeo4j, Neo4jConnection } from './neo4j/connect';
import { applyMigrations } from './neo4j/migrations';
import { CYPHER_DIR } from './core/paths';
import { seedIfEmpty } from './seed/seed.bootstrap';
import { checkPortFree, listen } from './http/listen';
import { App, createApp } from './http/server';

/** What must be closed on the way out, filled in as start-up proceeds. */
interface Running {
  connection?: Neo4jConnection;
  app?: App;
}

function handleSignals(running: Running, log: Logger): void {
  const shutdown = async (reason: string, code: number) => {
    log.info({ reason }, 'Shutting down');
    try {
      await running.app?.apollo.stop();
      await running.connection?.close();
      log.info('Stopped');
    } finally {
      process.exit(code);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('uncaughtException', (error) => {
    log.fatal({ err: error }, 'Uncaught exception');
    void shutdown('uncaughtException', 1);
  });
}

async function start(config: Config, log: Logger, running: Running): Promise<void> {
  const started = Date.now();
  await checkPortFree(config.PORT, config.HOST);
  const connection = await connectNeo4j(config, (message) => log.info(message), log);
  running.connection = connection;
  const migrations = await applyMigrations(
    connection.driver,
    config.NEO4J_DATABASE,
    path.join(CYPHER_DIR, 'schema'),
  );
  log.info(migrations, 'Schema migrations checked');
  if (config.SEED_ON_START) await seedIfEmpty(connection.db, log);

  const app = await createApp({ config, db: connection.db, log });
  running.app = app;
  await listen(app.httpServer, config.PORT, config.HOST);
  log.info(
    {
      url: `http://${config.HOST}:${config.PORT}/graphql`,
      neo4j: connection.uri,
      startupMs: Date.now() - started,
    },
    'API ready',
  );
}

async function main(): Promise<void> {
  // A local .env is a convenience for development; the real environment always wins.
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const running: Running = {};
  handleSignals(running, log);
  try {
    await start(config, log, running);
  } catch (error) {
    await running.connection?.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: Error) => {
  // Start-up problems are written for a person: no stack trace, just what to do.
  console.error(`\nCould not start the API: ${error.message}\n`);
  process.exit(1);
});
