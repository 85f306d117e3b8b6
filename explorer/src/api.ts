// The explorer's only way to the data: POST /graphql, the public API anyone can use.
import type { TypedDocumentString } from './generated/operations';
import { pick } from './i18n';

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

/** Waits before asking again when the service says it is busy for now (retryable), never for other errors. */
const RETRY_AFTER_MS = [400, 1500];
const RETRYABLE = new Set(['SERVICE_UNAVAILABLE', 'DATABASE_BUSY']);

/**
 * Sends one of the explorer's operations (explorer/src/operations.graphql, typed by `npm run codegen`):
 * the answer and the variables are typed from the schema, so a renamed field fails the type check.
 */
export async function graphql<T, V>(document: TypedDocumentString<T, V>, ...[variables]: V extends Record<string, never> ? [] : [V]): Promise<T> {
  const query = document.toString();
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask<T>(query, variables ?? {});
    } catch (error) {
      // every explorer operation is a read, so asking again changes nothing on the server
      if (!(error instanceof ApiError) || !RETRYABLE.has(error.code) || attempt >= RETRY_AFTER_MS.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS[attempt]));
    }
  }
}

async function ask<T>(query: string, variables: unknown): Promise<T> {
  let response: Response;
  try {
    // JSON content type: the server refuses other POSTs (CSRF prevention).
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError(pick(`Tjenesten kan ikke nås (${error instanceof Error ? error.message : String(error)}). Kører den?`, `The service cannot be reached (${error instanceof Error ? error.message : String(error)}). Is it running?`), 'NETWORK');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(pick(`Tjenesten svarede ${response.status} ${response.statusText} uden et GraphQL-svar.`, `The service answered ${response.status} ${response.statusText} without a GraphQL body.`), 'HTTP');
  }
  const [first] = body.errors ?? [];
  // The API speaks English; the page says in its own language what kind of refusal it was and
  // quotes the API's words, so nothing is lost and no code is shown raw.
  if (first) throw new ApiError(`${refusal(first.extensions?.code)} (${first.message})`, first.extensions?.code ?? 'ERROR', first.extensions?.id);
  if (!body.data) throw new ApiError(pick(`Tjenesten svarede ${response.status} uden data.`, `The service answered ${response.status} without data.`), 'HTTP');
  return body.data;
}

function refusal(code: string | undefined): string {
  switch (code) {
    case 'NOT_FOUND':
      return pick('Findes ikke i grafen', 'Not in the graph');
    case 'BAD_USER_INPUT':
    case 'GRAPHQL_VALIDATION_FAILED':
      return pick('Spørgsmålet blev afvist', 'The question was refused');
    case 'DATABASE_BUSY':
    case 'REQUEST_TIMEOUT':
    case 'SERVICE_UNAVAILABLE':
      return pick('Databasen er optaget lige nu – prøv igen om lidt', 'The database is busy – try again shortly');
    default:
      return pick('Tjenesten kunne ikke svare', 'The service could not answer');
  }
}
