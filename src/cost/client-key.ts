import { Request } from 'express';
import { roleFromAuthorization, sha256Hex } from '../http/auth';
import { ApiKey } from '../core/config';

/**
 * Whose budget a request spends: a recognised API key's (by its hash, never the key itself), else
 * the caller's address. An unrecognised key counts as the address, so inventing keys buys nothing.
 */
export function clientKey(req: Request, keys: readonly ApiKey[]): string {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer && roleFromAuthorization(req.headers.authorization, keys)) {
    return `key:${sha256Hex(bearer)}`;
  }
  return `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}
