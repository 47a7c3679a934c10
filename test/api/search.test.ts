import { startTestApp, TestApp } from '../helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface Hit {
  score: number;
  concept: { key: string; kind: string };
}

async function search(text: string, extra: Record<string, unknown> = {}): Promise<Hit[]> {
  const body = await app.graphql<{ search: Hit[] }>(
    `query($text: String!, $kinds: [ConceptKind!], $first: Int) {
      search(text: $text, kinds: $kinds, first: $first) { score concept { key kind } }
    }`,
    { text, ...extra },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.search;
}

describe('search', () => {
  it('ranks the best match first, scores descending', async () => {
    const hits = await search('consensus mechanism');
    expect(hits[0].concept.key).toBe('consensus-mechanism');
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(hits.map((h) => h.concept.key)).size).toBe(hits.length);
  });

  it('puts a concept named exactly like the text, or by an alias, before partial matches', async () => {
    expect((await search('smart contracts'))[0].concept.key).toBe('smart-contract');
    expect((await search('BaaS'))[0].concept.key).toBe('baas');
    expect((await search('  Sharding '))[0].concept.key).toBe('sharding');
  });

  it('tolerates a small typo', async () => {
    const hits = await search('consensus mechansim');
    expect(hits[0].concept.key).toBe('consensus-mechanism');
    expect((await search('interoperabilty')).map((h) => h.concept.key)).toContain('cross-chain');
  });

  it('finds concepts from Chinese text', async () => {
    expect((await search('共识机制'))[0].concept.key).toBe('consensus-mechanism');
    expect((await search('跨链')).map((h) => h.concept.key)).toContain('cross-chain');
  });

  it('finds concepts by alias', async () => {
    expect((await search('PoW')).map((h) => h.concept.key)).toContain('proof-of-work');
  });

  it('filters by kinds and honours first', async () => {
    const all = await search('blockchain', { first: 100 });
    const limited = await search('blockchain', { first: 3 });
    expect(limited).toHaveLength(3);
    expect(limited.map((h) => h.concept.key)).toEqual(all.slice(0, 3).map((h) => h.concept.key));
    const regions = await search('blockchain', { first: 100, kinds: ['REGION', 'POLICY'] });
    expect(regions.length).toBeLessThan(all.length);
    expect(regions.every((h) => ['REGION', 'POLICY'].includes(h.concept.kind))).toBe(true);
    expect(await search('blockchain', { first: 0 })).toEqual([]);
  });

  it('answers an empty list for empty or blank text', async () => {
    expect(await search('')).toEqual([]);
    expect(await search('   \n\t')).toEqual([]);
  });

  it.each([
    'AND',
    'OR NOT',
    '"unbalanced',
    '(((',
    'a:b',
    '*',
    '?',
    '~1',
    'cross-chain && || !',
    '\\',
    '/regex/',
    '[1 TO 5]',
    '{}^',
    '+-',
    'x'.repeat(5000),
    '区块链 "金融"',
    "'; MATCH (n) DETACH DELETE n //",
  ])('accepts any text without error: %p', async (text) => {
    const hits = await search(text);
    expect(Array.isArray(hits)).toBe(true);
  });

  it('searches syntax characters literally', async () => {
    const plain = await search('cross chain');
    const withSyntax = await search('cross-chain');
    expect(withSyntax.map((h) => h.concept.key)).toContain('cross-chain');
    expect(plain.map((h) => h.concept.key)).toContain('cross-chain');
  });
});
