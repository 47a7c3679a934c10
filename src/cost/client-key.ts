import { Role } from '../core/config';
import { sha256Hex } from '../http/auth';

/**
 * Whose budget a request spends: a recognised API key's (by its hash, never the key itself), else
 * the caller's address. An unrecognised key (no `role`) counts as the address, so inventing keys
 * buys nothing.
 */
export function clientKey(
  authorization: string | undefined,
  role: Role | null,
  address: string,
): string {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (bearer && role) {
    return `key:${sha256Hex(bearer)}`;
  }
  return `ip:${address}`;
}
