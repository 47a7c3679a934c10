import { BadInputError } from './errors';
import { intInRange } from './validate';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** An item's place in its list's order: the sort values, the item's key last (keyset paging). */
export type SortKey = (string | number)[];

/** The paging arguments as a client sends them. */
export interface PageArgsInput {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Which slice of an ordered list a connection page covers. */
export interface PageWindow {
  size: number;
  after: SortKey | null;
  before: SortKey | null;
  /** `last` was asked for: the query walks the order from the end (or from `before`). */
  backward: boolean;
}

export interface PageInfoData {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionData<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfoData;
  /** Read only when the client selects it, so the count runs only then. */
  readonly totalCount: Promise<number>;
}

/** A row of a page query: the node and its sort key. */
export interface Sorted<T> {
  sort: SortKey;
  node: T;
}

const MAX_CURSOR_LENGTH = 2000;

/**
 * A cursor names the list order it belongs to and the sort key of its item, so a page continues
 * after that position even when items were inserted or deleted since; base64url keeps it opaque.
 */
export function encodeCursor(order: string, sort: SortKey): string {
  return Buffer.from(JSON.stringify([order, ...sort]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, order: string, field: string): SortKey {
  const refuse = () =>
    new BadInputError(field, `"${cursor.slice(0, 60)}" is not a cursor of this list`);
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(value) || value.length < 2 || value[0] !== order) throw refuse();
  const sort = value.slice(1) as unknown[];
  const valid = sort.every((v) => typeof v === 'string' || Number.isSafeInteger(v));
  if (!valid) throw refuse();
  return sort as SortKey;
}

/**
 * Validates the paging arguments of a list whose cursors belong to `order`: `first` or `last`
 * (0..100, `first` 20 when neither is given), never both; `after` and `before` its own cursors.
 */
export function pageWindow(args: PageArgsInput, order: string): PageWindow {
  if (args.first != null && args.last != null) {
    throw new BadInputError('last', 'Give first or last, not both');
  }
  const backward = args.last != null;
  const size = backward
    ? intInRange(args.last, 'last', 0, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE)
    : intInRange(args.first, 'first', 0, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
  return {
    size,
    after: args.after == null ? null : decodeCursor(args.after, order, 'after'),
    before: args.before == null ? null : decodeCursor(args.before, order, 'before'),
    backward,
  };
}

/**
 * The window as the parameters every page query takes: one row more than the page holds, which
 * tells whether the list goes on in the direction read.
 */
export function windowParams(window: PageWindow) {
  return {
    after: window.after,
    before: window.before,
    backward: window.backward,
    limit: window.size + 1,
  };
}

/** An edge encodes its cursor only when read: most clients never select the cursors of a page. */
class Edge<T> {
  readonly node: T;

  constructor(
    private readonly order: string,
    private readonly row: Sorted<T>,
  ) {
    this.node = row.node;
  }

  get cursor(): string {
    return encodeCursor(this.order, this.row.sort);
  }
}

/**
 * Builds a connection from rows read in the window's direction (backward pages come nearest
 * `before` first). Going forward, a previous page is reported when `after` was given, and going
 * backward a next page when `before` was: Relay allows that instead of a second query.
 */
export function toConnection<T>(
  rows: Sorted<T>[],
  window: PageWindow,
  order: string,
  count: () => Promise<number>,
): ConnectionData<T> {
  const more = rows.length > window.size;
  const kept = rows.slice(0, window.size);
  if (window.backward) kept.reverse();
  const edges = kept.map((row) => new Edge(order, row));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.backward ? window.before != null : more,
      hasPreviousPage: window.backward ? more : window.after != null,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor ?? null;
      },
    },
    get totalCount() {
      return count();
    },
  };
}
