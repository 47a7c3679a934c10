import { NextFunction, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { ClientBudget } from '../cost/client-budget';
import { rateLimitedAnswer } from '../cost/rate-limited';
import { GraphVersionTracker } from '../graph-version/graph-version.tracker';
import { answerCacheHeaders, HttpCachePolicy } from './cache-control';
import { callerOf } from './caller';
import { searchOf } from './not-modified';

/** An answer as sent, and the cost its operation was charged, which a repeat is charged too. */
export interface CachedAnswer {
  body: string;
  cost: number;
}

/** Where an answer in the making will be kept, if it turns out storable (see the plugin). */
export interface CacheSlot {
  key: string;
  version: number;
}

/**
 * Whole answers of queries, kept in memory as the bytes sent and keyed by the graph version with
 * the operation, its variables and the caller's role. Answers of older versions are dropped as
 * soon as a newer version is seen; `lru-cache` bounds the memory, each entry weighing its length.
 */
export class ResponseCache {
  private readonly answers: LRUCache<string, CachedAnswer>;
  private version: number | undefined;

  constructor(maxBytes: number) {
    this.answers = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (answer, key) => answer.body.length + key.length,
    });
  }

  get(slot: CacheSlot): CachedAnswer | undefined {
    this.forget(slot.version);
    return this.answers.get(slot.key);
  }

  set(slot: CacheSlot, answer: CachedAnswer): void {
    this.forget(slot.version);
    if (slot.version === this.version) this.answers.set(slot.key, answer);
  }

  private forget(version: number): void {
    if (this.version !== undefined && version <= this.version) return;
    this.answers.clear();
    this.version = version;
  }
}

/** The operation a request asks for, as sent: from the URL of a GET, the JSON body of a POST. */
function operationOf(req: Request): unknown[] | null {
  if (req.method === 'GET') {
    const { query, operationName, variables, extensions } = req.query;
    return query || extensions ? [query, operationName, variables, extensions] : null;
  }
  if (req.method !== 'POST' || !req.is('application/json')) return null;
  const body = req.body as Record<string, unknown> | unknown[] | undefined;
  if (!body || Array.isArray(body) || typeof body !== 'object') return null;
  const { query, operationName, variables, extensions } = body;
  return query || extensions ? [query, operationName, variables, extensions] : null;
}

/**
 * Serves an answer kept for the same operation, variables, role and graph version before any
 * GraphQL work (parsing, validation, costing, execution), charging the client's budget what the
 * operation cost the first time. On a miss it leaves the slot where the answer would go in
 * `res.locals`, for the response-cache plugin to fill once the answer proves storable.
 */
export function serveCachedAnswers(
  cache: ResponseCache,
  versions: GraphVersionTracker,
  budget: ClientBudget,
  policy: HttpCachePolicy,
) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const version = versions.current;
    const operation = version === undefined ? null : operationOf(req);
    if (version === undefined || !operation) return next();
    const caller = callerOf(res);
    const slot: CacheSlot = { key: JSON.stringify([version, caller.role, ...operation]), version };
    const answer = cache.get(slot);
    if (!answer) {
      res.locals.cacheSlot = slot;
      return next();
    }
    const waitMs = await budget.spend(caller.client, answer.cost);
    if (waitMs > 0) {
      const { status, headers, body } = rateLimitedAnswer(waitMs);
      res.status(status).set(headers).json(body);
      return;
    }
    res
      .status(200)
      .set({
        'content-type': 'application/json; charset=utf-8',
        ...answerCacheHeaders(
          req.method,
          Boolean(req.headers.authorization),
          version,
          searchOf(req.originalUrl),
          policy,
        ),
      })
      .send(answer.body);
  };
}
