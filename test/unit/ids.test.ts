import { fromGlobalId, toGlobalId, tryFromGlobalId } from '../../src/graphql/ids';
import { AppError } from '../../src/graphql/errors';

describe('global ids', () => {
  it('round-trips type and key, including keys with slashes and non-ASCII text', () => {
    for (const [type, key] of [
      ['Technology', 'cross-chain'],
      ['Section', 'caict-blockchain-2020/II.(1).2'],
      ['Fact', '区块链:with:colons'],
    ]) {
      const id = toGlobalId(type, key);
      expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(fromGlobalId(id, 'id')).toEqual({ type, key });
    }
  });

  it('is opaque: the id does not show the key in clear text', () => {
    expect(toGlobalId('Technology', 'cross-chain')).not.toContain('cross-chain');
  });

  it.each([
    '',
    'not base64!',
    'Zm9v',
    toGlobalId('', 'x').slice(1),
    'AAAA',
    `${toGlobalId('Paper', 'p')}=`,
  ])('rejects %p', (id) => {
    expect(tryFromGlobalId(id)).toBeNull();
  });

  it('reports a malformed id as BAD_USER_INPUT naming the argument', () => {
    expect.assertions(2);
    try {
      fromGlobalId('???', 'ids[2]');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'ids[2]',
      });
    }
  });
});
