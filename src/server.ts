import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import cors from 'cors';
import { GraphQLError, ValidationContext } from 'graphql';
import express, { NextFunction, Request, Response } from 'express';
import { pinoHttp } from 'pino-http';
import { argumentErrorsPlugin } from './argument-errors';
import { roleFromAuthorization } from './auth';
import { Config } from './config';
import { Context, createContext } from './context';
import { errorLoggingPlugin } from './error-logging';
import { formatError } from './errors';
import { Logger } from './logger';
import { Database, QueryListener } from './neo4j/database';
import { buildAppSchema } from './schema';

export interface AppOptions {
  config: Config;
  db: Database;
  log: Logger;
  /** Sees every query a request sends to Neo4j (tests count round trips with it). */
  onQuery?: QueryListener;
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

async function neo4jAnswers(db: Database): Promise<boolean> {
  try {
    await db.driver.executeQuery(
      'RETURN 1',
      {},
      { database: db.name, transactionConfig: { timeout: 2000 } },
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * The armor rules throw by default, which Apollo would treat as a crash; reported through the
 * validation context instead, a refused bomb is an ordinary GRAPHQL_VALIDATION_FAILED error.
 */
const reportAsValidationError = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)],
};

/** Builds the Express app with Apollo Server mounted, without listening. */
export async function createApp({ config, db, log, onQuery }: AppOptions): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const id =
          (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
    }),
  );

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const up = await neo4jAnswers(db);
    res.status(up ? 200 : 503).json({ status: up ? 'ready' : 'unavailable', neo4j: up });
  });

  const apollo = new ApolloServer<Context>({
    schema: buildAppSchema(),
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [
      maxDepthRule({ n: config.MAX_QUERY_DEPTH, ...reportAsValidationError }),
      maxAliasesRule({ n: config.MAX_ALIASES, ...reportAsValidationError }),
      costLimitRule({ maxCost: config.MAX_QUERY_COST, ...reportAsValidationError }),
    ],
    formatError,
    plugins: [
      // No field sets cache hints; the plugin would still walk every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      argumentErrorsPlugin,
      errorLoggingPlugin,
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    cors({ origin: config.CORS_ORIGINS === '*' ? '*' : config.CORS_ORIGINS, credentials: false }),
    express.json({ limit: config.BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(
          onQuery ? db.withListener(onQuery) : db,
          roleFromAuthorization(req.headers.authorization, config.API_KEYS),
          Boolean(req.headers.authorization),
          req.log,
        ),
    }),
  );
  // Body-parser failures (too large, malformed JSON) answer in GraphQL's error shape, never with
  // Express's default HTML page and its stack trace.
  app.use(
    (
      error: { status?: number; type?: string },
      _req: Request,
      res: Response,
      next: NextFunction,
    ) => {
      if (res.headersSent) return next(error);
      const status = error.status && error.status < 500 ? error.status : 500;
      const message =
        status === 413
          ? `The request body is larger than ${config.BODY_LIMIT}`
          : status === 500
            ? 'Internal server error'
            : 'The request body is not valid JSON';
      if (status === 500) log.error({ err: error }, 'Unhandled HTTP error');
      res.status(status).json({
        errors: [
          {
            message,
            extensions: {
              code:
                status === 413
                  ? 'PAYLOAD_TOO_LARGE'
                  : status === 500
                    ? 'INTERNAL_SERVER_ERROR'
                    : 'BAD_REQUEST',
            },
          },
        ],
      });
    },
  );
  return { httpServer, apollo };
}
