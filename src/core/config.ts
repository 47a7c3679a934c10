import path from 'node:path';
import { z } from 'zod';
import { proxyTrust } from '../http/client-address';

const ROLES = ['reader', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiKey {
  /** SHA-256 of the key, lower-case hex. */
  sha256: string;
  role: Role;
}

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const nonNegativeInt = z.coerce.number().int().min(0);
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

const apiKeys = z.string().transform((raw, ctx): ApiKey[] =>
  raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [sha256, role] = entry.split(':');
      if (!/^[0-9a-f]{64}$/i.test(sha256 ?? '') || !ROLES.includes(role as Role)) {
        ctx.addIssue({
          code: 'custom',
          message: `each entry must be <sha256-hex>:<reader|editor>, got "${entry.slice(0, 12)}…"`,
        });
        return { sha256: '', role: 'reader' as Role };
      }
      return { sha256: sha256.toLowerCase(), role: role as Role };
    }),
);

const schema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/,
      'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI',
    )
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_EMBEDDED_PORT: port.default(17687),
  NEO4J_EMBEDDED_HEAP_MB: positiveInt.default(768),
  NEO4J_EMBEDDED_PAGE_CACHE_MB: positiveInt.default(64),
  NEO4J_START_TIMEOUT_MS: positiveInt.default(180000),
  QUERY_TIMEOUT_MS: positiveInt.default(10000),
  WRITE_TIMEOUT_MS: positiveInt.default(60000),
  QUERY_DEADLINE_GRACE_MS: positiveInt.default(2000),
  NEO4J_CONNECTION_TIMEOUT_MS: positiveInt.default(2000),
  NEO4J_ACQUISITION_TIMEOUT_MS: positiveInt.default(3000),
  NEO4J_PROBE_INTERVAL_MS: positiveInt.default(500),
  NEO4J_PROBE_TIMEOUT_MS: positiveInt.default(1500),
  NEO4J_RESTART_BACKOFF_MS: positiveInt.default(1000),
  NEO4J_RESTART_BACKOFF_MAX_MS: positiveInt.default(30000),
  NEO4J_RESTART_ATTEMPTS: positiveInt.default(10),
  SEED_ON_START: bool.default(true),
  API_KEYS: apiKeys.default([]),
  CORS_ORIGINS: z.string().default('*'),
  // Empty: no proxy is believed; see proxyTrust for the forms.
  TRUST_PROXY: z
    .string()
    .default('')
    .superRefine((value, ctx) => {
      if (!value) return;
      try {
        proxyTrust(value);
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          message: `must be a number of hops or a list of addresses, subnets, loopback, linklocal or uniquelocal (${(error as Error).message})`,
        });
      }
    }),
  MAX_QUERY_DEPTH: positiveInt.default(10),
  MAX_ALIASES: positiveInt.default(20),
  MAX_QUERY_COST: positiveInt.default(20000),
  MAX_RESPONSE_BYTES: positiveInt.default(5_000_000),
  CLIENT_COST_BUDGET: nonNegativeInt.default(200_000),
  CLIENT_BUDGET_WINDOW_S: positiveInt.default(60),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must look like 100kb')
    .default('100kb'),
  INTROSPECTION: bool.default(true),
  RESPONSE_CACHE_MB: z.coerce.number().min(0).default(64),
  JIT_AFTER_RUNS: nonNegativeInt.default(1),
  GRAPH_VERSION_POLL_MS: positiveInt.default(1000),
  CACHE_MAX_AGE_S: nonNegativeInt.default(10),
  CACHE_SWR_S: nonNegativeInt.default(60),
});

export type Config = Readonly<
  Omit<z.infer<typeof schema>, 'CORS_ORIGINS'> & { CORS_ORIGINS: '*' | string[] }
>;

export class ConfigError extends Error {}

/** Reads and validates the environment once; every problem names its variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  const blanksRemoved = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = schema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const value = parsed.data;
  const origins = value.CORS_ORIGINS.trim();
  return Object.freeze({
    ...value,
    NEO4J_DATA_DIR: path.resolve(root, value.NEO4J_DATA_DIR),
    CORS_ORIGINS:
      origins === '*'
        ? '*'
        : origins
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean),
  });
}
