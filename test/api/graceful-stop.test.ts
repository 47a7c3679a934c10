import { startTestApp, TestApp } from '../helpers/app';

it('finishes a request in flight when the server stops, then takes no new ones', async () => {
  let stopping: Promise<void> | undefined;
  // The stop begins while the request is being resolved: at its first Neo4j query.
  const app: TestApp = await startTestApp({}, () => {
    stopping ??= app.apollo.stop();
  });
  try {
    const body = await app.graphql<{ stats: { concepts: number } }>('{ stats { concepts } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.stats.concepts).toBeGreaterThan(0);
    expect(stopping).toBeDefined();
    await stopping;
    await expect(fetch(`${app.url}/health/live`)).rejects.toThrow();
  } finally {
    await app.close();
  }
});
