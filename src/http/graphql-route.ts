import { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { Logger } from '../core/logger';
import { ClientBudget } from '../cost/client-budget';
import { rateLimitedAnswer } from '../cost/rate-limited';
import { GraphVersionTracker } from '../graph-version/graph-version.tracker';
import { Context } from '../graphql/context';
import { answerCacheHeaders, HttpCachePolicy } from './cache-control';
import { Caller, IdentifyCaller } from './caller';
import { INTERNAL_ERROR_BODY } from './hygiene';
import { JsonBody } from './json-body';
import { searchOf, unchangedTag } from './not-modified';
import { CacheSlot, ResponseCache } from './response-cache';
import { oversizedAnswer } from './response-size';

/** A connect-style middleware, as helmet, cors and pino-http are: they run without Express too. */
type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** What the Express chain and the GraphQL context find in `res.locals`. */
interface GraphqlLocals {
  caller: Caller;
  cacheSlot?: CacheSlot;
}

type LocalsResponse = ServerResponse & { locals: GraphqlLocals };

export interface GraphqlRouteOptions {
  apollo: ApolloServer<Context>;
  /** The context of one operation: its caller and, on a cache miss, the answer's slot. */
  context: (req: IncomingMessage, caller: Caller, slot: CacheSlot | null) => Promise<Context>;
  /** The response cache, if it is on. */
  cache: ResponseCache | null;
  versions: GraphVersionTracker;
  budget: ClientBudget;
  policy: HttpCachePolicy;
  identifyCaller: IdentifyCaller;
  jsonBody: JsonBody;
  maxResponseBytes: number;
  /** What every answer of /graphql goes through in the Express chain: headers, request log. */
  answerMiddleware: Middleware[];
  log: Logger;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** The operation a request asks for, as sent: from the URL of a GET, the JSON body of a POST. */
function operationOf(req: IncomingMessage & { body?: unknown }): unknown[] | null {
  let fields: Record<string, unknown>;
  if (req.method === 'GET') {
    const search = searchOf(req.url ?? '');
    fields = search ? parseQueryString(search.slice(1)) : {};
  } else {
    const { body } = req;
    if (!body || Array.isArray(body) || typeof body !== 'object') return null;
    fields = body as Record<string, unknown>;
  }
  const { query, operationName, variables, extensions } = fields;
  return query || extensions ? [query, operationName, variables, extensions] : null;
}

/** GET and POST of /graphql: the requests answered here. */
function isOperationRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'POST') return false;
  const url = req.url ?? '';
  return url.startsWith('/graphql') && (url.length === 8 || url[8] === '?');
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer | string,
) {
  res.writeHead(status, {
    'content-type': JSON_TYPE,
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/** Runs connect-style middleware in turn, as Express would; the first error stops the run. */
function runAll(middleware: Middleware[], req: IncomingMessage, res: ServerResponse) {
  return new Promise<void>((resolve, reject) => {
    let at = 0;
    const next = (error?: unknown): void => {
      if (error) return reject(error);
      if (at === middleware.length) return resolve();
      middleware[at++](req, res, next);
    };
    next();
  });
}

function headersOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * Answers GraphQL operations (GET and JSON POST of /graphql) in front of Express: its routing
 * costs more than the whole rest of a cache hit, and about a fifth of a small uncached query's
 * CPU. An operation goes through the same middleware as in the Express chain (security headers,
 * request log, CORS); then a cache hit is charged what its operation cost the first time and
 * sent as the bytes kept, and anything else is run by Apollo, as its Express integration would,
 * with the answer size capped. What needs Express's chain goes on to `app` with its body parsed
 * and its caller known: a body that failed to parse, a request without an operation, a
 * revalidation of an unchanged answer (its 304), a preflight, any other method or path.
 */
export function answeringGraphql(
  app: RequestListener,
  options: GraphqlRouteOptions,
): RequestListener {
  const {
    apollo,
    cache,
    versions,
    budget,
    policy,
    identifyCaller,
    jsonBody,
    answerMiddleware,
    log,
  } = options;

  const answerFromCache = async (req: IncomingMessage, res: LocalsResponse, slot: CacheSlot) => {
    const kept = cache?.get(slot);
    if (!kept) return false;
    const waitMs = await budget.spend(res.locals.caller.client, kept.cost);
    if (waitMs > 0) {
      const refusal = rateLimitedAnswer(waitMs);
      send(res, refusal.status, refusal.headers, JSON.stringify(refusal.body));
      return true;
    }
    const search = req.method === 'GET' ? searchOf(req.url ?? '') : '';
    const { presentedKey } = res.locals.caller;
    send(
      res,
      200,
      answerCacheHeaders(req.method, presentedKey, slot.version, search, policy),
      kept.body,
    );
    return true;
  };

  const execute = async (req: IncomingMessage & { body?: unknown }, res: LocalsResponse) => {
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method!,
        headers: headersOf(req),
        search: searchOf(req.url ?? ''),
        body: req.body,
      },
      context: () => options.context(req, res.locals.caller, res.locals.cacheSlot ?? null),
    });
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'chunked') {
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
      return;
    }
    // Encoded once: its length is both the size checked and the content length sent.
    let body = Buffer.from(answer.body.string);
    const refusal = oversizedAnswer(body.length, options.maxResponseBytes);
    const slot = res.locals.cacheSlot;
    if (refusal) {
      res.statusCode = 200;
      res.setHeader('content-type', JSON_TYPE);
      body = Buffer.from(refusal);
    } else if (cache && slot?.storableAtCost !== undefined) {
      // Kept as sent, so a repeat is byte for byte the first answer; a refused one is not kept.
      cache.set(slot, { body, cost: slot.storableAtCost });
    }
    // The content type is Apollo's, as negotiated from the request's Accept header.
    res.setHeader('content-length', body.length);
    res.end(body);
  };

  const answer = async (req: IncomingMessage, res: LocalsResponse, operation: unknown[]) => {
    await runAll(answerMiddleware, req, res);
    const version = versions.current;
    if (cache && version !== undefined) {
      const { caller } = res.locals;
      const slot: CacheSlot = {
        key: JSON.stringify([version, caller.role, ...operation]),
        version,
      };
      if (await answerFromCache(req, res, slot)) return;
      res.locals.cacheSlot = slot;
    }
    await execute(req, res);
  };

  const route = (req: IncomingMessage, res: ServerResponse) => {
    // Express keeps a `res.locals` it finds, as it makes its own: with no prototype.
    const withLocals = Object.assign(res, {
      locals: Object.assign(Object.create(null) as GraphqlLocals, {
        caller: identifyCaller(req),
      }),
    });
    const operation = operationOf(req);
    if (!operation || unchangedTag(req, versions.current)) return app(req, res);
    answer(req, withLocals, operation).catch((error: unknown) => {
      log.error({ err: error }, 'Answering a GraphQL request failed');
      if (!res.headersSent) send(res, 500, {}, JSON.stringify(INTERNAL_ERROR_BODY));
      else res.destroy();
    });
  };

  return (req, res) => {
    if (!isOperationRequest(req)) return app(req, res);
    if (req.method === 'GET') return route(req, res);
    jsonBody.readAhead(req, res, () => route(req, res));
  };
}
