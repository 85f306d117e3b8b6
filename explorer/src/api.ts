// The explorer's only way to the data: POST /graphql, the public API anyone can use.
import type { TypedDocumentString } from './generated/graphql';

/** An answer the page can show as it is: the API's own message, or what went wrong on the way. */
export class ApiError extends Error {
  constructor(
    message: string,
    /** The API's extensions.code (NOT_FOUND, BAD_USER_INPUT, ...), or NETWORK / HTTP. */
    readonly code: string,
    /** For NOT_FOUND: the id that was not found. */
    readonly id?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; id?: string } }[];
}

/** Runs one of the explorer's operations, typed by codegen from the schema (a gql(...) in queries.ts). */
export async function graphql<T, V>(query: TypedDocumentString<T, V>, variables?: V): Promise<T> {
  let response: Response;
  try {
    // JSON content type: the server refuses other POSTs (CSRF prevention).
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: query.toString(), variables: variables ?? {} }),
    });
  } catch (error) {
    throw new ApiError(`The service cannot be reached (${error instanceof Error ? error.message : String(error)}). Is it running?`, 'NETWORK');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`The service answered ${response.status} ${response.statusText} without a GraphQL body.`, 'HTTP');
  }
  const [first] = body.errors ?? [];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'ERROR', first.extensions?.id);
  if (!body.data) throw new ApiError(`The service answered ${response.status} without data.`, 'HTTP');
  return body.data;
}
