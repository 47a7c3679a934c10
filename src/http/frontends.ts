import path from 'node:path';
import { Request, Response, Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { PROJECT_ROOT } from '../core/paths';

/** Where `npm run build` writes the bundled explorer and GraphiQL (see web/build.mjs). */
export const WEB_DIR = path.join(PROJECT_ROOT, 'dist', 'web');

function sendPage(res: Response, file: string): void {
  res.setHeader('cache-control', 'no-cache');
  res.sendFile(file, (error) => {
    if (error && !res.headersSent) {
      res.status(404).type('text/plain').send('The web pages are not built: run `npm run build`.');
    }
  });
}

/**
 * A browser opening /graphql asks for HTML and sends no query: it gets GraphiQL. API clients
 * (JSON, or a GET with a query) go on to the GraphQL endpoint.
 */
function wantsGraphiql(req: Request): boolean {
  return (
    req.method === 'GET' &&
    req.path === '/' &&
    req.query.query === undefined &&
    req.accepts(['application/json', 'text/html']) === 'text/html'
  );
}

/** The explorer under /explorer (every deep link answers with the same page), GraphiQL on /graphql. */
export function frontends(webDir = WEB_DIR): Router {
  const router = Router();
  // The Brotli or gzip copy web/build.mjs made, when the browser accepts one (Vary says so).
  router.use(
    '/assets',
    expressStaticGzip(path.join(webDir, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
    }),
  );
  router.get('/', (_req, res) => res.redirect(302, '/explorer'));
  router.get('/explorer{/*rest}', (_req, res) => sendPage(res, path.join(webDir, 'explorer.html')));
  // `use`, not `get`: a route would also answer OPTIONS and so swallow the API's CORS preflight.
  router.use('/graphql', (req, res, next) => {
    if (wantsGraphiql(req)) sendPage(res, path.join(webDir, 'graphiql.html'));
    else next();
  });
  return router;
}
