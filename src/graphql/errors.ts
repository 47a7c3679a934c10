import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { variablePath } from './argument-errors';
import {
  ConflictError,
  DatabaseUnavailableError,
  DomainError,
  InvalidInputError,
  NotFoundError,
  QueryTimeoutError,
} from '../core/domain-errors';
import { domainErrorOf } from '../neo4j/driver-errors';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'QUERY_TIMEOUT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** An error the GraphQL layer raises itself (arguments, keys); its message is safe to show. */
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

/** The error a resolver threw, under graphql-js's wrapping. */
export function originalOf(error: unknown): unknown {
  return error instanceof GraphQLError ? (error.originalError ?? error) : error;
}

function codeOf(error: DomainError): ErrorCode {
  if (error instanceof InvalidInputError) return 'BAD_USER_INPUT';
  if (error instanceof NotFoundError) return 'NOT_FOUND';
  if (error instanceof ConflictError) return 'CONFLICT';
  if (error instanceof QueryTimeoutError) return 'QUERY_TIMEOUT';
  if (error instanceof DatabaseUnavailableError) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL_SERVER_ERROR';
}

/** Apollo's and graphql-js's refusals of a malformed request, which carry no code of their own. */
const REQUEST_MISTAKES: [RegExp, ErrorCode][] = [
  [/^Too many errors processing variables/, 'BAD_USER_INPUT'],
  [/^provided sha does not match query$/, 'BAD_REQUEST'],
];

function requestMistakeCode(message: string): ErrorCode | undefined {
  return REQUEST_MISTAKES.find(([pattern]) => pattern.test(message))?.[1];
}

/**
 * The one place that decides what a client sees of an error: GraphQL-layer errors keep their
 * code and message, domain errors (and the Neo4j errors that stand for them) get their code,
 * request mistakes are named as such, and anything else is masked (its cause is logged by the
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
  const domain = domainErrorOf(original);
  if (domain) {
    const field = domain.field ? { field: domain.field } : {};
    const key = domain instanceof NotFoundError ? { key: domain.key } : {};
    return {
      message: domain.message,
      path: formatted.path,
      extensions: { code: codeOf(domain), ...key, ...field },
    };
  }
  const mistake = requestMistakeCode(formatted.message);
  if (mistake) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: mistake },
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
    const { stacktrace, http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** How the log should treat an error: the client's mistake, a database event, or a fault of ours. */
export type ErrorKind = 'client' | 'timeout' | 'unavailable' | 'internal';

export function errorKind(error: GraphQLError): ErrorKind {
  const original = originalOf(error);
  if (original instanceof AppError) return 'client';
  const domain = domainErrorOf(original);
  if (domain instanceof QueryTimeoutError) return 'timeout';
  if (domain instanceof DatabaseUnavailableError) return 'unavailable';
  if (domain || requestMistakeCode(error.message)) return 'client';
  const code = error.extensions?.code;
  return code && code !== 'INTERNAL_SERVER_ERROR' ? 'client' : 'internal';
}
