import pino, { Logger } from 'pino';

/** Structured JSON logs on stdout, one line per event. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'whitepaper-kg' },
    // API keys must never reach the logs.
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  });
}
export type { Logger };
