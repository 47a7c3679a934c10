import { NextFunction, Request, Response } from 'express';
import { GraphVersionTracker } from '../graph-version/graph-version.tracker';
import { HttpCachePolicy, publicCacheControl } from './cache-control';
import { etagFor, matchesIfNoneMatch } from './etag';

/**
 * Answers `304 Not Modified` to an anonymous GET whose If-None-Match names the current ETag,
 * before any GraphQL work: the graph has not changed since the client's copy was made.
 */
export function notModified(versions: GraphVersionTracker, policy: HttpCachePolicy) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const version = versions.current;
    if (req.method !== 'GET' || req.headers.authorization || version === undefined) return next();
    const etag = etagFor(version, searchOf(req.originalUrl));
    if (!matchesIfNoneMatch(req.headers['if-none-match'], etag)) return next();
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
