import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageWindow, toConnection } from '../../src/graphql/pagination';

function fieldOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    const { code, field } = (error as GraphQLError).extensions;
    return { code, field };
  }
  return undefined;
}

const row = (name: string) => ({ sort: [name, `${name}-key`], node: name });

describe('cursors', () => {
  it('round-trip the sort key of their list order', () => {
    const cursor = encodeCursor('concept-NAME', ['smart contract', 'smart-contract']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'concept-NAME', 'after')).toEqual([
      'smart contract',
      'smart-contract',
    ]);
  });

  it.each([
    ['not base64', '!!'],
    ['not JSON', Buffer.from('offset:3').toString('base64url')],
    ['another list', encodeCursor('relation', ['ENABLES', 'a', 'a', 0])],
    ['no sort key', encodeCursor('concept-NAME', [])],
  ])('refuse %s with the argument named', (_, cursor) => {
    expect(fieldOf(() => decodeCursor(cursor, 'concept-NAME', 'before'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'before',
    });
  });
});

describe('pageWindow', () => {
  it('reads forward 20 by default', () => {
    expect(pageWindow({}, 'x')).toEqual({ size: 20, after: null, before: null, backward: false });
  });

  it('reads backward with last', () => {
    const before = encodeCursor('x', ['b']);
    expect(pageWindow({ last: 5, before }, 'x')).toEqual({
      size: 5,
      after: null,
      before: ['b'],
      backward: true,
    });
  });

  it('refuses sizes out of range and first with last', () => {
    expect(pageWindow({ first: 0 }, 'x').size).toBe(0);
    expect(pageWindow({ first: 100 }, 'x').size).toBe(100);
    expect(fieldOf(() => pageWindow({ first: 101 }, 'x'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(fieldOf(() => pageWindow({ last: -1 }, 'x'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'last',
    });
    expect(fieldOf(() => pageWindow({ first: 2, last: 2 }, 'x'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'last',
    });
  });
});

describe('toConnection', () => {
  it('keeps the page forward and says a next page exists from the extra row', async () => {
    const window = pageWindow({ first: 2 }, 'x');
    const connection = toConnection(['a', 'b', 'c'].map(row), window, 'x', async () => 7);
    expect(connection.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor('x', ['a', 'a-key']),
      endCursor: encodeCursor('x', ['b', 'b-key']),
    });
    await expect(connection.totalCount).resolves.toBe(7);
  });

  it('turns a backward page (read nearest first) into list order', () => {
    const window = pageWindow({ last: 2, before: encodeCursor('x', ['z', 'z-key']) }, 'x');
    const connection = toConnection(['c', 'b', 'a'].map(row), window, 'x', async () => 3);
    expect(connection.edges.map((e) => e.node)).toEqual(['b', 'c']);
    expect(connection.pageInfo.hasPreviousPage).toBe(true);
    expect(connection.pageInfo.hasNextPage).toBe(true);
  });

  it('counts only when asked', () => {
    const count = jest.fn(async () => 0);
    const connection = toConnection([], pageWindow({}, 'x'), 'x', count);
    expect(connection.pageInfo.endCursor).toBeNull();
    expect(count).not.toHaveBeenCalled();
  });
});
