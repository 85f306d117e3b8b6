import { GraphQLError } from 'graphql';

// Errors clients can act on: each fixes its extensions.code so that callers can branch on it.

/** Characters of a client's value that an error message repeats; ids are short, an attack is not. */
export const ECHO_MAX_CHARS = 64;

/** A client's value as an error repeats it: at most ECHO_MAX_CHARS characters, then "…". */
export function echo(value: string): string {
  const chars = [...value]; // by code point, so that a cut never splits a surrogate pair
  return chars.length > ECHO_MAX_CHARS ? `${chars.slice(0, ECHO_MAX_CHARS).join('')}…` : value;
}

// The database cannot take the query now but will soon: clients may retry after Retry-After seconds.
const retryLater = (seconds: number) => ({ status: 503, headers: new Map([['retry-after', String(seconds)]]) });

export class NotFoundError extends GraphQLError {
  constructor(kind: string, id: string) {
    super(`No ${kind} with id "${echo(id)}"`, { extensions: { code: 'NOT_FOUND', kind, id: echo(id) } });
  }
}

export class BadInputError extends GraphQLError {
  constructor(message: string, argument?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
  }
}

export class ServiceUnavailableError extends GraphQLError {
  constructor(message = 'The graph database is not reachable right now; try again shortly') {
    super(message, { extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, http: retryLater(1) } });
  }
}

export class DatabaseBusyError extends GraphQLError {
  constructor(message = 'The graph database is busy right now; try again shortly') {
    super(message, { extensions: { code: 'DATABASE_BUSY', retryable: true, http: retryLater(1) } });
  }
}
