import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiKey, Role } from '../core/config';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The role of the key in `Authorization: Bearer <key>`, or null. Keys are configured only as
 * SHA-256 hashes; every configured hash is compared in constant time so timing tells nothing.
 */
export function roleFromAuthorization(
  header: string | undefined,
  keys: readonly ApiKey[],
): Role | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return null;
  const presented = Buffer.from(sha256Hex(match[1]), 'hex');
  let role: Role | null = null;
  for (const key of keys) {
    if (timingSafeEqual(presented, Buffer.from(key.sha256, 'hex')) && role !== 'editor') {
      role = key.role;
    }
  }
  return role;
}
