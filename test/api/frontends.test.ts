import { startTestApp, TestApp } from '../helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('web pages served by the API', () => {
  it('redirects / to the explorer', async () => {
    const response = await fetch(`${app.url}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/explorer');
  });

  it.each([
    '/explorer',
    '/explorer/concept/cross-chain',
    '/explorer/section/II.(2).1',
    '/explorer/path/smart-contract/supply-chain-finance',
  ])('answers the deep link %s with the explorer page', async (address) => {
    const response = await fetch(`${app.url}${address}`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('src="/assets/explorer.js"');
    // Only same-origin addresses: the page works with no internet.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('serves the bundles', async () => {
    for (const asset of ['explorer.js', 'explorer.css', 'graphiql.js', 'graphiql.css']) {
      const response = await fetch(`${app.url}/assets/${asset}`);
      expect([asset, response.status]).toEqual([asset, 200]);
    }
    expect((await fetch(`${app.url}/assets/missing.js`)).status).toBe(404);
  });

  it('sends the bundles compressed as the browser accepts, the same bytes once decoded', async () => {
    const plain = await fetch(`${app.url}/assets/explorer.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const script = await plain.text();
    for (const [accepted, sent] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ]) {
      const response = await fetch(`${app.url}/assets/explorer.js`, {
        headers: { 'accept-encoding': accepted },
      });
      expect([accepted, response.headers.get('content-encoding')]).toEqual([accepted, sent]);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      // Caches keep one copy per encoding.
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(Number(response.headers.get('content-length'))).toBeLessThan(script.length / 2);
      // fetch decodes the body.
      expect((await response.text()) === script).toBe(true);
    }
  });

  it('gives a browser opening /graphql GraphiQL instead of Apollo’s CDN landing page', async () => {
    const response = await fetch(`${app.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('src="/assets/graphiql.js"');
    expect(html).not.toMatch(/apollographql|cdn\.|googleapis/);
  });

  it('keeps answering API clients at /graphql in JSON', async () => {
    const post = await app.graphql('{ __typename }');
    expect(post).toMatchObject({ data: { __typename: 'Query' } });
    const get = await fetch(`${app.url}/graphql`, { headers: { accept: 'application/json' } });
    expect(get.headers.get('content-type')).toMatch(/^application\/json/);
    const getWithQuery = await fetch(
      `${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`,
      {
        headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' },
      },
    );
    expect(getWithQuery.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await getWithQuery.json()).toMatchObject({ data: { __typename: 'Query' } });
  });
});
