/**
 * What went wrong, in the API's own words. Repositories and the database layer throw these and
 * know nothing of GraphQL; `errors.ts` turns them into client errors in one place.
 */
export abstract class DomainError extends Error {
  constructor(
    message: string,
    /** The input field at fault as a client names it (`input.key`), when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that is well-formed but refers to something that is not there (an unknown section). */
export class InvalidInputError extends DomainError {
  constructor(field: string, message: string) {
    super(message, field);
  }
}

export class NotFoundError extends DomainError {
  constructor(
    what: string,
    readonly key: string,
    field?: string,
  ) {
    super(`No ${what} with key "${key}"`, field);
  }
}

/** The write collides with stored data or with a write made at the same moment; nothing was written. */
export class ConflictError extends DomainError {}

/** The query itself ran past its time limit; the database is fine. */
export class QueryTimeoutError extends DomainError {
  constructor(readonly timeoutMs?: number) {
    super(
      `The query ran longer than ${timeoutMs ? `${timeoutMs} ms` : 'its time limit'} and was ` +
        'stopped; ask for less at once',
    );
  }
}

/** Neo4j does not answer (stopped, frozen, restarting or unreachable). */
export class DatabaseUnavailableError extends DomainError {
  constructor(readonly reason: string) {
    super('The graph database is not reachable right now; try again shortly');
  }
}
