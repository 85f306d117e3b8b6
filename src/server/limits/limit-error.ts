import { GraphQLError } from 'graphql';

export type LimitCode = 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX' | 'TOO_MANY_ALIASES' | 'TOO_MANY_OPERATIONS';

/**
 * A request refused before execution because it exceeds a configured limit. The code is stable for
 * clients to branch on; the message names the setting, and `limit`/`actual` say by how much.
 */
export class QueryLimitError extends GraphQLError {
  constructor(code: LimitCode, what: string, setting: string, limit: number, actual: number) {
    super(`${what} is ${actual}, above the limit of ${limit} (${setting})`, {
      extensions: { code, limit, actual, http: { status: 400 } },
    });
  }
}

/** A fragment that spreads itself, directly or through others: it has no finite size to measure. */
export class FragmentCycleError extends GraphQLError {
  constructor(fragment: string) {
    super(`Fragment "${fragment}" spreads itself`, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
  }
}

/** The API only reads: a mutation or subscription is the client's mistake, not a server failure. */
export class OperationNotSupportedError extends GraphQLError {
  constructor(operation: string) {
    super(`Only queries are supported; this API has no ${operation} operations`, {
      extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } },
    });
  }
}
