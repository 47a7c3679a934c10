import { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import { ApiKey } from '../core/config';
import { Logger } from '../core/logger';
import { ClientBudget } from '../cost/client-budget';
import { rateLimitedAnswer } from '../cost/rate-limited';
import { GraphVersionTracker } from '../graph-version/graph-version.tracker';
import { answerCacheHeaders, HttpCachePolicy } from './cache-control';
import { Caller, callerFrom } from './caller';
import { INTERNAL_ERROR_BODY } from './hygiene';
import { JsonBody } from './json-body';
import { searchOf, unchangedTag } from './not-modified';
import { CacheSlot, ResponseCache } from './response-cache';

/** A connect-style middleware, as helmet, cors and pino-http are: they run without Express too. */
export type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

export interface CacheHitOptions {
  cache: ResponseCache;
  versions: GraphVersionTracker;
  budget: ClientBudget;
  policy: HttpCachePolicy;
  keys: readonly ApiKey[];
  jsonBody: JsonBody;
  /** What every answer of /graphql goes through in the Express chain: headers, request log. */
  answerMiddleware: Middleware[];
  log: Logger;
}

/** What the Express chain finds in `res.locals` when the request was looked up here first. */
export interface CacheLookup {
  caller: Caller;
  cacheSlot?: CacheSlot;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** The operation a request asks for, as sent: from the URL of a GET, the JSON body of a POST. */
function operationOf(req: IncomingMessage & { body?: unknown }): unknown[] | null {
  let fields: Record<string, unknown>;
  if (req.method === 'GET') {
    const at = req.url?.indexOf('?') ?? -1;
    fields = at < 0 ? {} : parseQueryString(req.url!.slice(at + 1));
  } else {
    const { body } = req;
    if (!body || Array.isArray(body) || typeof body !== 'object') return null;
    fields = body as Record<string, unknown>;
  }
  const { query, operationName, variables, extensions } = fields;
  return query || extensions ? [query, operationName, variables, extensions] : null;
}

/** Requests that may be a cache hit: GET and POST of /graphql. */
function mayBeHit(req: IncomingMessage): boolean {
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

function runAll(
  middleware: Middleware[],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  return middleware.reduce(
    (ran, next) =>
      ran.then(
        () =>
          new Promise<void>((resolve, reject) =>
            next(req, res, (error) => (error ? reject(error) : resolve())),
          ),
      ),
    Promise.resolve(),
  );
}

/**
 * Answers cache hits in front of Express. Express's routing costs more than the whole rest of a
 * hit, so a request that may be one (a GET or JSON POST of /graphql) is looked up first: a hit
 * goes through the same middleware as any answer (security headers, request log, CORS), is
 * charged what its operation cost the first time and is sent as the bytes kept. Anything else goes
 * on to `app` with its body parsed, its caller known and, on a miss, the slot where the
 * response-cache plugin keeps the answer (all in `res.locals`).
 */
export function answeringCacheHits(
  app: RequestListener,
  options: CacheHitOptions,
): RequestListener {
  const { cache, versions, budget, policy, keys, jsonBody, answerMiddleware, log } = options;

  const answer = async (
    req: IncomingMessage,
    res: ServerResponse,
    caller: Caller,
    slot: CacheSlot,
  ) => {
    const kept = cache.get(slot);
    if (!kept) return false;
    await runAll(answerMiddleware, req, res);
    const waitMs = await budget.spend(caller.client, kept.cost);
    if (waitMs > 0) {
      const refusal = rateLimitedAnswer(waitMs);
      send(res, refusal.status, refusal.headers, JSON.stringify(refusal.body));
      return true;
    }
    const search = req.method === 'GET' ? searchOf(req.url ?? '') : '';
    send(
      res,
      200,
      answerCacheHeaders(req.method, caller.presentedKey, slot.version, search, policy),
      kept.body,
    );
    return true;
  };

  const lookUp = (req: IncomingMessage, res: ServerResponse) => {
    const version = versions.current;
    const operation = version === undefined ? null : operationOf(req);
    const caller = callerFrom(req, keys);
    // Express keeps a `res.locals` it finds, as it makes its own: with no prototype.
    const { locals } = Object.assign(res, {
      locals: Object.assign(Object.create(null) as CacheLookup, { caller }),
    });
    // A revalidation of an unchanged answer gets its 304 from Express (see not-modified.ts).
    if (!operation || version === undefined || unchangedTag(req, version)) return app(req, res);
    const slot: CacheSlot = { key: JSON.stringify([version, caller.role, ...operation]), version };
    answer(req, res, caller, slot).then(
      (answered) => {
        if (answered) return;
        locals.cacheSlot = slot;
        app(req, res);
      },
      (error: unknown) => {
        log.error({ err: error }, 'Answering from the response cache failed');
        if (!res.headersSent) send(res, 500, {}, JSON.stringify(INTERNAL_ERROR_BODY));
      },
    );
  };

  return (req, res) => {
    if (!mayBeHit(req)) return app(req, res);
    if (req.method === 'GET') return lookUp(req, res);
    jsonBody.readAhead(req, res, () => lookUp(req, res));
  };
}
