import http from 'node:http';

/**
 * The ceiling: Node's HTTP server answering each request with a fixed body, the answer the API
 * would send, registered beforehand (POST /answers {request, answer}). No framework, no GraphQL
 * and no database: what a cache hit costs can get no cheaper on this machine with this client.
 * Started by run.ts as a child process.
 */
function main(): void {
  // Exit with the bench even if it is killed: its end of the stdin pipe closes (as lifeline.js).
  process.stdin.on('end', () => process.exit(0)).resume();
  const answers = new Map<string, Buffer>();
  const fallback = Buffer.from('{"data":{"__typename":"Query"}}\n');
  http
    .createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        if (req.url === '/answers') {
          const { request, answer } = JSON.parse(body) as { request: unknown; answer: string };
          answers.set(JSON.stringify(request), Buffer.from(answer));
          res.writeHead(204).end();
          return;
        }
        const answer = answers.get(body) ?? fallback;
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': answer.length,
        });
        res.end(answer);
      });
    })
    .listen(Number(process.env.PORT), '127.0.0.1');
}

main();
