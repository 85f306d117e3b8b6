import { Neo4jError } from 'neo4j-driver';
import { ServiceUnavailableError } from '../errors';

// Codes that mean "the database is away or overloaded", not "the query is wrong".
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Translates driver failures into library errors; anything else is rethrown unchanged. */
export function translateNeo4jError(error: unknown): unknown {
  if (error instanceof Neo4jError && UNAVAILABLE.has(error.code)) {
    return new ServiceUnavailableError();
  }
  if (error instanceof Error && /ECONNREFUSED|connection.*(closed|refused)/i.test(error.message)) {
    return new ServiceUnavailableError();
  }
  return error;
}
