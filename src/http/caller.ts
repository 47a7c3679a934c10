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

/**
 * Works out the caller once per request (hashing the key and comparing it with every configured
 * one), for the response cache and the GraphQL context alike: `res.locals.caller`.
 */
export function identifyCaller(keys: readonly ApiKey[]) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const role = roleFromAuthorization(req.headers.authorization, keys);
    const caller: Caller = {
      role,
      presentedKey: Boolean(req.headers.authorization),
      client: clientKey(req, role),
    };
    res.locals.caller = caller;
    next();
  };
}

export function callerOf(res: Response): Caller {
  return res.locals.caller as Caller;
}
