/** What a client and a load balancer see of an app at `url`: readiness, liveness, one read. */
export function httpProbe(url: string) {
  const status = (path: string) => fetch(`${url}${path}`).then((r) => r.status);
  return {
    ready: () => status('/health/ready'),
    live: () => status('/health/live'),
    /** The error code of `{ papers { key } }`, or OK with the keys. */
    async papers(): Promise<{ code: string; keys?: string[] }> {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ papers { key } }' }),
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
