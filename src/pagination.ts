import { BadInputError } from './errors';
import { intInRange } from './validate';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Which slice of an ordered list a connection page covers. */
export interface PageWindow {
  offset: number;
  first: number;
}

export interface PageInfoData {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ConnectionData<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfoData;
  /** Read only when the client selects it, so the count-only query runs only then. */
  readonly totalCount: Promise<number>;
}

const CURSOR = /^offset:(\d{1,9})$/;

/** Cursors are positions in the list's fixed order, wrapped so clients treat them as opaque. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): number {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString() : '';
  const match = CURSOR.exec(text);
  if (!match)
    throw new BadInputError(field, `"${cursor.slice(0, 60)}" is not a cursor of this list`);
  return Number(match[1]);
}

/** Validates `first` (0..100, default 20) and `after` into the window to fetch. */
export function pageWindow(
  first: number | null | undefined,
  after: string | null | undefined,
): PageWindow {
  const size = intInRange(first, 'first', 0, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
  const offset = after == null ? 0 : decodeCursor(after) + 1;
  return { offset, first: size };
}

/**
 * Builds a connection from rows fetched for `window` with one extra row (limit = first + 1), the
 * extra row telling whether a next page exists.
 */
export function toConnection<T>(
  rows: T[],
  window: PageWindow,
  count: () => Promise<number>,
): ConnectionData<T> {
  const nodes = rows.slice(0, window.first);
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(window.offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > window.first,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
    get totalCount() {
      return count();
    },
  };
}
