// Codes we raise on purpose, or Apollo raises for malformed requests: their messages are written
// for clients and are safe to show in production. Every other error is masked there.
export const CLIENT_CODES: ReadonlySet<string> = new Set([
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'SERVICE_UNAVAILABLE',
  'DATABASE_BUSY',
  'OVERLOADED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'TOO_MANY_OPERATIONS',
  'OPERATION_NOT_SUPPORTED',
]);
