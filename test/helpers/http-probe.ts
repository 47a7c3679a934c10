/** What a client and a load balancer see of an app at `url`: readiness, liveness, one read. */
export function httpProbe(url: string) {
  const status = (path: string) => fetch(`${url}${path}`).then((r) => r.status);
  let reads = 0;
  return {
    ready: () => status('/health/ready'),
    live: () => status('/health/live'),
    /**
     * The error code of `{ papers { key } }`, or OK with the keys. Each call is a query text of
     * its own (a new operation name), so the response cache can never answer it: the read always
     * reaches Neo4j, and an OK means the database answered, not that an answer was kept.
     */
    async papers(): Promise<{ code: string; keys?: string[] }> {
      reads += 1;
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query Probe${reads} { papers { key } }` }),
      });
      const body = (await response.json()) as {
        data?: { papers: { key: string }[] } | null;
        errors?: { extensions: { code: string } }[];
      };
      if (body.errors) return { code: body.errors[0].extensions.code };
      return { code: 'OK', keys: body.data!.papers.map((p) => p.key) };
    },
  };
}
