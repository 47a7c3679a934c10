import { BadInputError } from './errors';

/**
 * Relay global ids: base64url of `<Type>:<key>`. Opaque to clients, yet a server can read the
 * type back without a database lookup (Node.resolveType relies on that).
 */
export interface GlobalId {
  type: string;
  key: string;
}

const SHAPE = /^([A-Za-z]+):(.+)$/s;

export function toGlobalId(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/** The decoded id, or null when `id` is not one this API hands out. */
export function tryFromGlobalId(id: string): GlobalId | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  // Re-encoding rejects ids that only decode by accident (stray bits, invalid UTF-8).
  if (Buffer.from(text, 'utf8').toString('base64url') !== id) return null;
  const match = SHAPE.exec(text);
  return match ? { type: match[1], key: match[2] } : null;
}

/** Decodes an id sent by a client; `field` names the argument at fault when it is malformed. */
export function fromGlobalId(id: string, field: string): GlobalId {
  const decoded = tryFromGlobalId(id);
  if (!decoded) throw new BadInputError(field, `"${id.slice(0, 60)}" is not a valid id`);
  return decoded;
}
