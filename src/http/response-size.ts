import { NextFunction, Request, Response } from 'express';

/**
 * Refuses to send an answer larger than `maxBytes`: the client gets a short error instead, so a
 * query the cost model underestimated cannot make the server send (and a browser hold) megabytes.
 */
export function responseSizeLimit(maxBytes: number) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body === 'string' && Buffer.byteLength(body) > maxBytes) {
        res.status(200).type('application/json');
        return send(
          JSON.stringify({
            errors: [
              {
                message: `The answer would be ${Buffer.byteLength(body)} bytes, over the limit of ${maxBytes}: ask for fewer items or fields`,
                extensions: { code: 'RESPONSE_TOO_LARGE', limit: maxBytes },
              },
            ],
          }),
        );
      }
      return send(body);
    };
    next();
  };
}
