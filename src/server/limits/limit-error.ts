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
