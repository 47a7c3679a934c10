import { IncomingMessage } from 'node:http';
import { NextFunction, Request, Response } from 'express';
import { GraphVersionTracker } from '../graph-version/graph-version.tracker';
import { HttpCachePolicy, publicCacheControl } from './cache-control';
import { etagFor, matchesIfNoneMatch } from './etag';

/**
 * The current ETag, if the request is an anonymous GET whose If-None-Match names it: the graph has
 * not changed since the client's copy was made.
 */
export function unchangedTag(req: IncomingMessage, version: number | undefined): string | null {
  if (req.method !== 'GET' || req.headers.authorization || version === undefined) return null;
  if (!req.headers['if-none-match']) return null;
  const etag = etagFor(version, searchOf(req.url ?? ''));
  return matchesIfNoneMatch(req.headers['if-none-match'], etag) ? etag : null;
}

/** Answers `304 Not Modified` to a request for an unchanged answer, before any GraphQL work. */
export function notModified(versions: GraphVersionTracker, policy: HttpCachePolicy) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const etag = unchangedTag(req, versions.current);
    if (!etag) return next();
    res
      .status(304)
      .set({ etag, 'cache-control': publicCacheControl(policy) })
      .end();
  };
}

export function searchOf(url: string): string {
  const at = url.indexOf('?');
  return at < 0 ? '' : url.slice(at);
}
