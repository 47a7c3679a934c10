import { Writable } from 'node:stream';
import { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig } from '../../src/core/config';
import { createApp } from '../../src/http/server';
import { startTestApp, TestApp } from '../helpers/app';
import { openTestDatabase } from '../helpers/neo4j';

type ErrorBody = { errors: { message: string; extensions: { code: string } }[] };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ CORS_ORIGINS: 'https://explorer.example', BODY_LIMIT: '2kb' });
});
afterAll(() => app.close());

describe('HTTP surface', () => {
  it('answers { __typename } at /graphql', async () => {
    expect((await app.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('reports liveness and readiness', async () => {
    const live = await fetch(`${app.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: true });
  });

  it('tags each response with a request id, keeping one the client sent', async () => {
    const generated = await fetch(`${app.url}/health/live`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${app.url}/health/live`, { headers: { 'x-request-id': 'trace-42' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-42');
  });

  it('answers a CORS preflight from a configured frontend origin, without credentials', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://explorer.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
    // Kept for ten minutes, so a frontend does not ask again before every POST.
    expect(response.headers.get('access-control-max-age')).toBe('600');
  });

  it('gives no CORS grant to an origin that is not configured', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body over the size limit with a JSON error and no stack trace', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(4000) }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as ErrorBody;
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(JSON.stringify(body)).not.toMatch(/at .*\(/);
  });

  it('answers malformed JSON with a 400 error in GraphQL shape', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('sends security headers, on JSON answers and on the HTML landing page', async () => {
    const json = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const html = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    for (const response of [json, html]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      // Pages served over plain HTTP would otherwise fetch their bundles over HTTPS.
      expect(response.headers.get('content-security-policy')).not.toMatch(/upgrade-insecure/);
    }
  });

  it('sends the HTTPS-only headers only on answers to HTTPS requests, as a trusted proxy reports', async () => {
    const proxied = await startTestApp({ TRUST_PROXY: 'loopback' });
    const httpsOnly = async (base: string, headers: Record<string, string>) => {
      const response = await fetch(`${base}/explorer`, { headers });
      return {
        opener: response.headers.get('cross-origin-opener-policy'),
        hsts: response.headers.get('strict-transport-security'),
      };
    };
    const none = { opener: null, hsts: null };
    try {
      expect(await httpsOnly(app.url, {})).toEqual(none);
      // Not believed from an untrusted hop: any client can write the header.
      expect(await httpsOnly(app.url, { 'x-forwarded-proto': 'https' })).toEqual(none);
      expect(await httpsOnly(proxied.url, {})).toEqual(none);
      expect(await httpsOnly(proxied.url, { 'x-forwarded-proto': 'https' })).toEqual({
        opener: 'same-origin',
        hsts: 'max-age=31536000',
      });
    } finally {
      await proxied.close();
    }
  });

  it('answers an unknown path with a JSON 404', async () => {
    const response = await fetch(`${app.url}/wp-admin/setup.php`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as ErrorBody;
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(body.errors[0].message).toMatch(/\/wp-admin\/setup\.php/);
  });
});

describe('request logs', () => {
  it('keep only allow-listed headers, so keys under any name stay out', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const { db, close } = openTestDatabase();
    const config = loadConfig({ ...process.env, LOG_LEVEL: 'info' });
    const logged = await createApp({ config, db, log: pino({ level: 'info' }, sink) });
    await new Promise<void>((resolve) => logged.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = logged.httpServer.address() as AddressInfo;
    try {
      await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'log-test',
          'x-api-key': 'secret-in-x-api-key',
          authorization: 'Bearer secret-in-authorization',
          cookie: 'session=secret-in-cookie',
          'x-custom-token': 'secret-in-custom-header',
        },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    } finally {
      await logged.apollo.stop();
      await close();
    }
    const requestLines = lines.filter((line) => line.includes('log-test'));
    expect(requestLines.length).toBeGreaterThan(0);
    expect(requestLines.join('\n')).not.toMatch(/secret-in/);
  });
});
