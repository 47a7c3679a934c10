import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { variablePath } from './argument-errors';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** An error whose message is safe to show to the client. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export class BadInputError extends AppError {
  /** `field` names the argument or input field at fault, e.g. `first` or `input.evidence[0].section`. */
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, key: string, field?: string) {
    super('NOT_FOUND', `No ${what} with key "${key}"`, field ? { key, field } : { key });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'This operation needs an API key: send Authorization: Bearer <key>') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'This API key does not have the editor role') {
    super('FORBIDDEN', message);
  }
}

export class ServiceUnavailableError extends AppError {
  constructor() {
    super(
      'SERVICE_UNAVAILABLE',
      'The graph database is not reachable right now; try again shortly',
    );
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Neo4jError) {
    return (
      UNAVAILABLE_CODES.has(error.code) ||
      error.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' ||
      /Neo\.TransientError\.(General\.DatabaseUnavailable|Transaction)/.test(error.code)
    );
  }
  return false;
}

/** The error a resolver threw, under graphql-js's wrapping. */
export function originalOf(error: unknown): unknown {
  return error instanceof GraphQLError ? (error.originalError ?? error) : error;
}

/**
 * Shapes every error sent to a client: known errors keep their code and message; a database
 * outage becomes SERVICE_UNAVAILABLE; anything else is masked (its cause is logged by the
 * error-logging plugin, with the request id).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = originalOf(error);
  const code = formatted.extensions?.code;
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: original.extensions };
  }
  if (isDatabaseUnavailable(original)) {
    const unavailable = new ServiceUnavailableError();
    return {
      message: unavailable.message,
      path: formatted.path,
      extensions: unavailable.extensions,
    };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.extensions?.field) {
    // A literal argument of the wrong type or value: an input error like any other.
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', field: formatted.extensions.field },
    };
  }
  if (code === 'BAD_USER_INPUT' && !formatted.extensions?.field) {
    // Apollo's error for a variable that does not fit its declared type.
    const field = variablePath(formatted.message);
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: field ? { code, field } : { code },
    };
  }
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    // Parse and validation errors from graphql-js and Apollo: safe, and useful to the client.
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
