import { AppError } from '../../src/errors';
import { decodeCursor, encodeCursor, pageWindow, toConnection } from '../../src/pagination';

function fieldOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as AppError).extensions;
  }
  return undefined;
}

describe('cursors', () => {
  it('round-trip offsets and look opaque', () => {
    for (const offset of [0, 1, 19, 12345]) {
      const cursor = encodeCursor(offset);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toBe(offset);
    }
  });

  it.each(['', 'abc', 'b2Zmc2V0Oi0x', Buffer.from('offset:1e3').toString('base64url'), '!!'])(
    'rejects the malformed cursor %p with field `after`',
    (cursor) => {
      expect(fieldOf(() => decodeCursor(cursor))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    },
  );
});

describe('pageWindow', () => {
  it('defaults to 20 from the start and continues after a cursor', () => {
    expect(pageWindow(undefined, undefined)).toEqual({ offset: 0, first: 20 });
    expect(pageWindow(null, null)).toEqual({ offset: 0, first: 20 });
    expect(pageWindow(5, encodeCursor(9))).toEqual({ offset: 10, first: 5 });
  });

  it('accepts 0 and 100 and rejects what lies outside with field `first`', () => {
    expect(pageWindow(0, null).first).toBe(0);
    expect(pageWindow(100, null).first).toBe(100);
    expect(fieldOf(() => pageWindow(101, null))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(fieldOf(() => pageWindow(-1, null))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('toConnection', () => {
  it('uses the extra row only to tell that a next page exists', async () => {
    const connection = toConnection(['a', 'b', 'c'], { offset: 4, first: 2 }, async () => 7);
    expect(connection.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(connection.edges.map((e) => decodeCursor(e.cursor))).toEqual([4, 5]);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(5) });
    await expect(connection.totalCount).resolves.toBe(7);
  });

  it('counts only when totalCount is read', () => {
    const count = jest.fn(async () => 0);
    const connection = toConnection([], { offset: 0, first: 20 }, count);
    expect(connection.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(count).not.toHaveBeenCalled();
  });
});
