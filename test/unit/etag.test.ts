import { etagFor, matchesIfNoneMatch } from '../../src/http/etag';

const search = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

describe('etagFor', () => {
  const query = '{ stats { concepts } }';

  it('is a quoted strong tag that changes with the version, the operation and the variables', () => {
    const tag = etagFor(3, search({ query }));
    expect(tag).toMatch(/^"3-[A-Za-z0-9_-]+"$/);
    expect(etagFor(3, search({ query }))).toBe(tag);
    expect(etagFor(4, search({ query }))).not.toBe(tag);
    expect(etagFor(3, search({ query: '{ stats { facts } }' }))).not.toBe(tag);
    expect(etagFor(3, search({ query, variables: '{"a":1}' }))).not.toBe(tag);
    expect(etagFor(3, search({ query, operationName: 'Stats' }))).not.toBe(tag);
  });

  it('ignores parameters that are not part of the operation', () => {
    expect(etagFor(3, search({ query, utm_source: 'x' }))).toBe(etagFor(3, search({ query })));
  });
});

describe('matchesIfNoneMatch', () => {
  const tag = '"3-abc"';

  it('finds the tag in a list, weak or strong, or under *', () => {
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"2-xyz", W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
  });

  it('does not match another tag or no header', () => {
    expect(matchesIfNoneMatch('"2-abc"', tag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, tag)).toBe(false);
  });
});
