import { IncomingMessage, ServerResponse } from 'node:http';
import { NextFunction, Request, Response } from 'express';
import { ApiKey, Role } from '../core/config';
import { clientKey } from '../cost/client-key';
import { roleFromAuthorization } from './auth';
import { clientAddress, ProxyTrust } from './client-address';

/** Who is asking: the role of a recognised key, whether any key came, and whose budget it spends. */
export interface Caller {
  role: Role | null;
  presentedKey: boolean;
  client: string;
}

/** Works out the caller of a request. */
export type IdentifyCaller = (req: IncomingMessage) => Caller;

/** The caller of a request: its key hashed and compared with every configured one, its address. */
export function callerIdentifier(
  keys: readonly ApiKey[],
  trust: ProxyTrust | null,
): IdentifyCaller {
  return (req) => {
    const { authorization } = req.headers;
    const role = roleFromAuthorization(authorization, keys);
    return {
      role,
      presentedKey: Boolean(authorization),
      client: clientKey(authorization, role, clientAddress(req, trust)),
    };
  };
}

/**
 * Works out the caller once per request, for the response cache and the GraphQL context alike:
 * `res.locals.caller`, unless the GraphQL route ahead of Express (graphql-route.ts) already did.
 */
export function identifyCaller(identify: IdentifyCaller) {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.locals.caller ??= identify(req);
    next();
  };
}

export function callerOf(res: Response): Caller {
  return res.locals.caller as Caller;
}

/**
 * The caller of a response's request when it was worked out; a request answered before that
 * (a refused body, a health probe) has none. For code that sees the plain Node response.
 */
export function knownCaller(res: ServerResponse): Caller | undefined {
  return (res as Partial<Pick<Response, 'locals'>>).locals?.caller as Caller | undefined;
}
