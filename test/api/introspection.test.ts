import { startTestApp } from '../helpers/app';

const INTROSPECT = '{ __schema { queryType { name } } }';

describe('introspection', () => {
  it('is on by default, even with NODE_ENV=production', async () => {
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    const app = await startTestApp().finally(() => {
      process.env.NODE_ENV = nodeEnv;
    });
    try {
      expect(await app.graphql(INTROSPECT)).toMatchObject({
        data: { __schema: { queryType: { name: 'Query' } } },
      });
    } finally {
      await app.close();
    }
  });

  it('is refused with INTROSPECTION=false', async () => {
    const app = await startTestApp({ INTROSPECTION: 'false' });
    try {
      const body = await app.graphql(INTROSPECT);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors?.[0].message).toMatch(/introspection/i);
      expect(await app.graphql('{ __typename }')).toMatchObject({ data: { __typename: 'Query' } });
    } finally {
      await app.close();
    }
  });
});
