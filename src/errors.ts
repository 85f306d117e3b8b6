import { GraphQLError } from 'graphql';

/**
 * Every code this service raises on purpose. Their messages are written for clients, so production
 * shows them (src/server/client-codes.ts derives that set from this enum); any other code is masked.
 * One code per line, so that codes added on two branches merge without a conflict.
 */
export enum ErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_OPERATIONS = 'TOO_MANY_OPERATIONS',
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  DATABASE_BUSY = 'DATABASE_BUSY',
  OPERATION_NOT_SUPPORTED = 'OPERATION_NOT_SUPPORTED',
  OVERLOADED = 'OVERLOADED',
  EXPORT_TOO_LARGE = 'EXPORT_TOO_LARGE',
  STORE_DAMAGED = 'STORE_DAMAGED',
}

/** The one base class: the code comes from the enum, so a code cannot be typed wrong or left unlisted. */
export class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

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

export class NotFoundError extends CodedError {
  constructor(kind: string, id: string) {
    super(ErrorCode.NOT_FOUND, `No ${kind} with id "${echo(id)}"`, { kind, id: echo(id) });
  }
}

export class BadInputError extends CodedError {
  constructor(message: string, argument?: string) {
    super(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});
  }
}

export class ServiceUnavailableError extends CodedError {
  constructor(message = 'The graph database is not reachable right now; try again shortly') {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, { retryable: true, http: retryLater(1) });
  }
}

export class DatabaseBusyError extends CodedError {
  constructor(message = 'The graph database is busy right now; try again shortly') {
    super(ErrorCode.DATABASE_BUSY, message, { retryable: true, http: retryLater(1) });
  }
}

/**
 * Neo4j answered, but with a failure of its own (a Neo.DatabaseError: a store record it cannot
 * read, a page it cannot load). Retrying will not help until someone restores or reloads the store,
 * so the answer is 503 without Retry-After and not retryable; the Neo4j code goes to the log only.
 */
export class StoreDamagedError extends CodedError {
  constructor(readonly neo4jCode: string) {
    super(ErrorCode.STORE_DAMAGED, 'The graph database could not read its own data (a damaged store?); try again after it has been repaired', {
      retryable: false,
      http: { status: 503, headers: new Map<string, string>() },
    });
  }
}

/**
 * A programmer's error, not a client's: a Cypher query returned a row its repository cannot read
 * (a renamed or missing column, a wrong type). Its code is no ErrorCode, so production masks the
 * message (as for every internal error); the log line (error-log-plugin) keeps the query and column.
 */
export class RowShapeError extends GraphQLError {
  constructor(
    readonly query: string,
    readonly column: string,
    detail: string,
  ) {
    super(`${query} returned a row its repository cannot read: column "${column}", ${detail}`, {
      extensions: { code: 'ROW_SHAPE_MISMATCH', query, column },
    });
  }
}
