import { Neo4jError } from 'neo4j-driver';
import {
  ConflictError,
  DatabaseUnavailableError,
  DomainError,
  QueryTimeoutError,
} from '../core/domain-errors';

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const UNAVAILABLE = new Set([
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * The domain error a Neo4j driver error stands for, or undefined when it is a fault of the API
 * itself (a Cypher mistake, a type error) that must stay an internal error.
 */
export function domainErrorOf(error: unknown, timeoutMs?: number): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (!(error instanceof Neo4jError)) return undefined;
  const { code, message } = error;
  if (TIMED_OUT.has(code)) return new QueryTimeoutError(timeoutMs);
  // A transaction the server terminates for running too long says so only in its message.
  if (UNAVAILABLE.has(code) && /timed? ?out|timeout/i.test(message)) {
    return new QueryTimeoutError(timeoutMs);
  }
  if (UNREACHABLE.has(code) || UNAVAILABLE.has(code)) {
    return new DatabaseUnavailableError(message);
  }
  // Every connection busy for the whole acquisition timeout: overloaded or frozen.
  if (/^Connection acquisition timed out/.test(message)) {
    return new DatabaseUnavailableError(message);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError(
      'The write would repeat a key that is already in use; nothing was written',
    );
  }
  // A node this write touches was deleted by a write that committed first.
  if (code === 'Neo.ClientError.Statement.EntityNotFound') {
    return new ConflictError(
      'Something this write refers to was deleted at the same moment; nothing was written',
    );
  }
  if (code === 'Neo.TransientError.Transaction.DeadlockDetected') {
    return new ConflictError('The write collided with another one; nothing was written, try again');
  }
  return undefined;
}
