import express from 'express';

/**
 * The ceiling: Express 5 answering each request with a fixed body, the answer the API would send,
 * registered beforehand (POST /answers {request, answer}). No GraphQL and no database: what a
 * cache hit costs can get no cheaper on this machine with this client. Started by run.ts as a
 * child process.
 */
function main(): void {
  // Exit with the bench even if it is killed: its end of the stdin pipe closes (as lifeline.js).
  process.stdin.on('end', () => process.exit(0)).resume();
  const answers = new Map<string, string>();
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.post('/answers', express.json({ limit: '10mb' }), (req, res) => {
    const { request, answer } = req.body as { request: unknown; answer: string };
    answers.set(JSON.stringify(request), answer);
    res.status(204).end();
  });
  app.post('/graphql', express.json(), (req, res) => {
    const answer = answers.get(JSON.stringify(req.body)) ?? '{"data":{"__typename":"Query"}}\n';
    res.type('application/json').send(answer);
  });
  app.listen(Number(process.env.PORT), '127.0.0.1');
}

main();
