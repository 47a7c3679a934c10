import http, { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import cors from 'cors';
import { GraphQLError, Kind, ValidationContext } from 'graphql';
import express, { NextFunction, Request, Response } from 'express';
import { pinoHttp } from 'pino-http';
import { argumentErrorsPlugin } from '../graphql/argument-errors';
import { Caller, callerIdentifier, callerOf, identifyCaller, knownCaller } from './caller';
import { proxyTrust } from './client-address';
import { Config } from '../core/config';
import { Context, createContext } from '../graphql/context';
import { createClientBudget } from '../cost/client-budget';
import { costPlugin } from '../cost/cost.plugin';
import { errorLoggingPlugin } from '../graphql/error-logging';
import { formatError } from '../graphql/errors';
import { GraphVersionTracker } from '../graph-version/graph-version.tracker';
import { cachingPlugins } from '../graphql/plugins/caching.plugins';
import { httpCachePolicy } from './cache-control';
import { notModified } from './not-modified';
import { answeringGraphql } from './graphql-route';
import { jitExecutor } from '../graphql/jit-executor';
import { JsonBody } from './json-body';
import { CacheSlot, ResponseCache } from './response-cache';
import {
  INTERNAL_ERROR_BODY,
  notFound,
  requestLogLine,
  secureContextHeaders,
  securityHeaders,
} from './hygiene';
import { frontends } from './frontends';
import { Logger } from '../core/logger';
import { operationKindsPlugin } from '../graphql/operation-kinds';
import { Database, QueryListener } from '../neo4j/database';
import { responseSizeLimit } from './response-size';
import { exportRouter } from '../modules/export/export.route';
import { buildAppSchema } from '../graphql/schema';

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

/**
 * The armor rules throw by default, which Apollo would treat as a crash; reported through the
 * validation context instead, a refused bomb is an ordinary GRAPHQL_VALIDATION_FAILED error,
 * located at the operation and without the "Syntax Error:" the rules put before their message.
 */
const reportAsValidationError = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null, error: GraphQLError) =>
      ctx?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          nodes: ctx
            .getDocument()
            .definitions.filter((node) => node.kind === Kind.OPERATION_DEFINITION),
        }),
      ),
  ],
};

/** A request log line with the client whose budget the request spent, once it is known. */
function withClient(res: http.ServerResponse, line: object): object {
  const caller = knownCaller(res);
  return caller ? { ...line, client: caller.client } : line;
}

/** Builds the Express app with Apollo Server mounted, without listening. */
export async function createApp({ config, db, log, onQuery }: AppOptions): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  // Express would tag every answer with a hash of its body; ETags come from the graph version
  // instead, and only on answers that may be cached (see src/http/).
  app.set('etag', false);
  const requestLog = pinoHttp({
    logger: log,
    serializers: { req: requestLogLine },
    // Whose budget the request spent: behind a trusted proxy, the forwarded client rather than
    // the socket's address; a key's hash for a keyed caller. Added as a line is written, so a
    // request costs nothing more when lines are not.
    customSuccessObject: (_req, res, line: object) => withClient(res, line),
    customErrorObject: (_req, res, _error, line: object) => withClient(res, line),
    genReqId: (req, res) => {
      const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
  });
  const trust = config.TRUST_PROXY ? proxyTrust(config.TRUST_PROXY) : null;
  // Express then reads the scheme a trusted proxy forwards (`req.secure`); never set otherwise.
  if (trust) app.set('trust proxy', trust);
  app.use(securityHeaders, secureContextHeaders, requestLog);

  // Live unless the database is down for good (the embedded one could not be restarted): only a
  // restart of this process can help then.
  app.get('/health/live', (_req, res) => {
    if (db.health?.state === 'failed') {
      res.status(503).json({ status: 'failed', reason: db.health.why });
    } else {
      res.json({ status: 'ok' });
    }
  });
  app.get('/health/ready', async (_req, res) => {
    const up = await db.answers();
    res.status(up ? 200 : 503).json({ status: up ? 'ready' : 'unavailable', neo4j: up });
  });

  const versions = new GraphVersionTracker(db, log);
  await versions.refresh();

  const schema = buildAppSchema();
  const budget = createClientBudget(config.CLIENT_COST_BUDGET, config.CLIENT_BUDGET_WINDOW_S);
  const cache =
    config.RESPONSE_CACHE_MB > 0
      ? new ResponseCache(Math.floor(config.RESPONSE_CACHE_MB * 1024 * 1024))
      : null;
  app.use(
    '/export',
    cors({
      origin: config.CORS_ORIGINS === '*' ? '*' : config.CORS_ORIGINS,
      exposedHeaders: ['ETag'],
    }),
    exportRouter(db, log),
  );

  const graphqlCors = cors({
    origin: config.CORS_ORIGINS === '*' ? '*' : config.CORS_ORIGINS,
    credentials: false,
    // Queries come as GET or POST, mutations as POST; nothing else is answered here.
    methods: ['GET', 'POST'],
    // Browser code may read these: the ETag to revalidate, the request id to report a problem.
    exposedHeaders: ['ETag', 'x-request-id'],
    // A frontend on another origin preflights every POST (a JSON body, a key) unless its browser
    // may keep the answer; the policy changes only with a restart.
    maxAge: 600,
  });
  const jsonBody = new JsonBody(config.BODY_LIMIT);
  // Its request listener needs Apollo started, and Apollo's drain plugin needs the server.
  const httpServer = http.createServer();

  const apollo = new ApolloServer<Context>({
    // Apollo's pipeline, graphql-jit's execution (see jit-executor.ts).
    gateway: jitExecutor(schema, { compileAfterRuns: config.JIT_AFTER_RUNS, log }),
    // Callers authenticate with a bearer key they send themselves, never with a cookie, so a
    // forged cross-site request carries no credential; without this check, GET queries work for
    // every client with its default settings (urql, Apollo Client, plain fetch).
    csrfPrevention: false,
    introspection: config.INTROSPECTION,
    includeStacktraceInErrorResponses: false,
    validationRules: [
      maxDepthRule({ n: config.MAX_QUERY_DEPTH, ...reportAsValidationError }),
      // Aliases of __typename count too: each is one more field to answer.
      maxAliasesRule({ n: config.MAX_ALIASES, allowList: [], ...reportAsValidationError }),
    ],
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // GraphiQL, bundled and served by frontends(), replaces Apollo's CDN-loaded landing page.
      ApolloServerPluginLandingPageDisabled(),
      argumentErrorsPlugin,
      operationKindsPlugin,
      errorLoggingPlugin,
      costPlugin({ schema, limit: config.MAX_QUERY_COST, budget }),
      ...cachingPlugins(config, versions, cache),
    ],
  });
  await apollo.start();
  versions.start(config.GRAPH_VERSION_POLL_MS);

  const identify = callerIdentifier(config.API_KEYS, trust);
  const contextOf = async (req: IncomingMessage, caller: Caller, slot: CacheSlot | null) =>
    createContext(onQuery ? db.withListener(onQuery) : db, caller, req.log, slot);
  httpServer.on(
    'request',
    answeringGraphql(app, {
      apollo,
      context: contextOf,
      cache,
      versions,
      budget,
      policy: httpCachePolicy(config),
      identifyCaller: identify,
      jsonBody,
      maxResponseBytes: config.MAX_RESPONSE_BYTES,
      answerMiddleware: [securityHeaders, requestLog, graphqlCors],
      log,
    }),
  );

  app.use(frontends());
  app.use(
    '/graphql',
    graphqlCors,
    notModified(versions, httpCachePolicy(config)),
    jsonBody.middleware,
    identifyCaller(identify),
    responseSizeLimit(config.MAX_RESPONSE_BYTES),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        // What reaches Apollo through Express (see graphql-route.ts) is never kept in the cache.
        contextOf(req, callerOf(res), null),
    }),
  );
  app.use(notFound);
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
      if (status === 500) {
        log.error({ err: error }, 'Unhandled HTTP error');
        res.status(500).json(INTERNAL_ERROR_BODY);
        return;
      }
      const tooLarge = status === 413;
      res.status(status).json({
        errors: [
          {
            message: tooLarge
              ? `The request body is larger than ${config.BODY_LIMIT}`
              : 'The request body is not valid JSON',
            extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
          },
        ],
      });
    },
  );
  return { httpServer, apollo };
}
