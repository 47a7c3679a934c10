import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import {
  ConflictError,
  DatabaseUnavailableError,
  InvalidInputError,
  NotFoundError,
  QueryTimeoutError,
} from '../../src/core/domain-errors';
import { errorKind, formatError } from '../../src/graphql/errors';

/** What a resolver's error looks like by the time it reaches formatError. */
function thrownBy(original: Error): [GraphQLError, ReturnType<GraphQLError['toJSON']>] {
  const error = new GraphQLError(original.message, { path: ['field'], originalError: original });
  return [error, error.toJSON()];
}

function clientSees(original: Error) {
  const [error, formatted] = thrownBy(original);
  return formatError(formatted, error);
}

describe('the one error mapper', () => {
  it('gives each domain error its code, with the field and key at fault', () => {
    expect(clientSees(new NotFoundError('concept', 'x', 'key'))).toEqual({
      message: 'No concept with key "x"',
      path: ['field'],
      extensions: { code: 'NOT_FOUND', key: 'x', field: 'key' },
    });
    expect(clientSees(new ConflictError('taken', 'input.key')).extensions).toEqual({
      code: 'CONFLICT',
      field: 'input.key',
    });
    expect(clientSees(new InvalidInputError('input.to', 'no')).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.to',
    });
    expect(clientSees(new QueryTimeoutError(200)).extensions).toEqual({ code: 'QUERY_TIMEOUT' });
    expect(clientSees(new DatabaseUnavailableError('gone')).extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
    });
  });

  it('maps Neo4j codes that reach it unwrapped the same way', () => {
    const neo4jError = (code: string, message = 'from the server') =>
      new Neo4jError(message, code, 'N/A', 'N/A');
    expect(clientSees(neo4jError('ServiceUnavailable')).extensions?.code).toBe(
      'SERVICE_UNAVAILABLE',
    );
    expect(
      clientSees(neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'))
        .extensions?.code,
    ).toBe('QUERY_TIMEOUT');
    expect(
      clientSees(neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed')).extensions?.code,
    ).toBe('CONFLICT');
    const syntax = clientSees(neo4jError('Neo.ClientError.Statement.SyntaxError', 'MATCH oops'));
    expect(syntax).toEqual({
      message: 'Internal server error',
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('logs a query timeout as a timeout and an outage as an outage, never as each other', () => {
    expect(errorKind(thrownBy(new QueryTimeoutError(10))[0])).toBe('timeout');
    expect(errorKind(thrownBy(new DatabaseUnavailableError('gone'))[0])).toBe('unavailable');
    expect(errorKind(thrownBy(new NotFoundError('concept', 'x'))[0])).toBe('client');
    expect(errorKind(thrownBy(new TypeError('bug'))[0])).toBe('internal');
  });
});
