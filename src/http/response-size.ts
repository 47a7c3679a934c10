import { NextFunction, Request, Response } from 'express';

/** The short error sent instead of an answer of `bytes` over `maxBytes`, or null if it fits. */
export function oversizedAnswer(bytes: number, maxBytes: number): string | null {
  if (bytes <= maxBytes) return null;
  return JSON.stringify({
    errors: [
      {
        message: `The answer would be ${bytes} bytes, over the limit of ${maxBytes}: ask for fewer items or fields`,
        extensions: { code: 'RESPONSE_TOO_LARGE', limit: maxBytes },
      },
    ],
  });
}

/**
 * Refuses to send an answer larger than `maxBytes`: the client gets a short error instead, so a
 * query the cost model underestimated cannot make the server send (and a browser hold) megabytes.
 */
export function responseSizeLimit(maxBytes: number) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const refusal =
        typeof body === 'string' ? oversizedAnswer(Buffer.byteLength(body), maxBytes) : null;
      if (!refusal) return send(body);
      res.status(200).type('application/json');
      return send(refusal);
    };
    next();
  };
}
