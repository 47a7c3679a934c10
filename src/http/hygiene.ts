import { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response: no MIME sniffing, no referrer, no framing by other sites,
 * and a content security policy that lets pages served from here (an explorer, GraphiQL) load
 * only their own bundled scripts.
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    directives: {
      frameAncestors: ["'none'"],
      workerSrc: ["'self'", 'blob:'],
      // Helmet's default would have browsers fetch the pages' bundles over HTTPS, which this
      // server does not speak: served over plain HTTP under any name but localhost (a container,
      // a LAN address), the explorer came up empty. TLS, where used, is a proxy's to add.
      upgradeInsecureRequests: null,
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  // Sent by secureContextHeaders instead, where browsers heed them.
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  strictTransportSecurity: false,
});

/**
 * The opener policy, origin-keyed isolation and HSTS, for answers to HTTPS requests only
 * (through a trusted proxy: the API itself speaks plain HTTP). Browsers honour them on secure
 * origins alone, and log an error or a warning for the first two on every page elsewhere, as for
 * the explorer opened on a LAN address or from a container. HSTS leaves out helmet's
 * `includeSubDomains`: which other hosts of a domain speak HTTPS is not the API's to say.
 */
export function secureContextHeaders(req: Request, res: Response, next: NextFunction): void {
  if (req.secure) {
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Origin-Agent-Cluster', '?1');
    res.setHeader('Strict-Transport-Security', 'max-age=31536000');
  }
  next();
}

/** Unknown paths answer in the API's JSON error shape, not Express's HTML page. */
export function notFound(req: Request, res: Response) {
  res.status(404).json({
    errors: [
      {
        message: `Nothing at ${req.method} ${req.path}: the API is at /graphql`,
        extensions: { code: 'NOT_FOUND' },
      },
    ],
  });
}

/** Headers worth logging; any other (API keys under whatever name, cookies) never reaches the log. */
const LOGGED_HEADERS = [
  'host',
  'user-agent',
  'content-type',
  'content-length',
  'accept',
  'origin',
  'x-forwarded-for',
  'x-request-id',
];

interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
  headers?: Record<string, unknown>;
}

/** pino-http's request serializer, keeping only allow-listed headers. */
export function requestLogLine(req: SerializedRequest): SerializedRequest {
  const headers = req.headers ?? {};
  return {
    id: req.id,
    method: req.method,
    url: req.url,
    remoteAddress: req.remoteAddress,
    headers: Object.fromEntries(
      LOGGED_HEADERS.filter((name) => headers[name] !== undefined).map((name) => [
        name,
        headers[name],
      ]),
    ),
  };
}

/** The answer to a failure of the server's own, which says nothing of its cause. */
export const INTERNAL_ERROR_BODY = {
  errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
};
