import { IncomingMessage, ServerResponse } from 'node:http';
import express, { NextFunction, Request, Response } from 'express';

/**
 * The API's JSON body parser (`express.json`), which may run twice on a request: ahead of Express,
 * where GraphQL operations are answered (see graphql-route.ts), and in the Express chain. A body already read
 * is not read again (body-parser skips a finished request); a failure found ahead of Express (too
 * large, not JSON) is kept and reported in the Express chain, which answers it as usual.
 */
export class JsonBody {
  private readonly parse: ReturnType<typeof express.json>;
  private readonly failures = new WeakMap<IncomingMessage, unknown>();

  constructor(limit: string) {
    this.parse = express.json({ limit });
  }

  /** Parses the body ahead of Express; `done` runs whether or not it could. */
  readAhead(req: IncomingMessage, res: ServerResponse, done: () => void): void {
    this.parse(req as Request, res as Response, (error?: unknown) => {
      if (error) this.failures.set(req, error);
      done();
    });
  }

  /** For the Express chain: reports a failure found ahead, else parses (if not done already). */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const failure = this.failures.get(req);
    if (failure) return next(failure);
    this.parse(req, res, next);
  };
}
