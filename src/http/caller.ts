import { IncomingMessage } from 'node:http';
import { NextFunction, Request, Response } from 'express';
import { ApiKey, Role } from '../core/config';
import { clientKey } from '../cost/client-key';
import { roleFromAuthorization } from './auth';

/** Who is asking: the role of a recognised key, whether any key came, and whose budget it spends. */
export interface Caller {
  role: Role | null;
  presentedKey: boolean;
  client: string;
}

/** The caller of a request: its key hashed and compared with every configured one. */
export function callerFrom(req: IncomingMessage, keys: readonly ApiKey[]): Caller {
  const role = roleFromAuthorization(req.headers.authorization, keys);
  return { role, presentedKey: Boolean(req.headers.authorization), client: clientKey(req, role) };
}

/**
 * Works out the caller once per request, for the response cache and the GraphQL context alike:
 * `res.locals.caller`, unless the GraphQL route ahead of Express (graphql-route.ts) already did.
 */
export function identifyCaller(keys: readonly ApiKey[]) {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.locals.caller ??= callerFrom(req, keys);
    next();
  };
}

export function callerOf(res: Response): Caller {
  return res.locals.caller as Caller;
}
