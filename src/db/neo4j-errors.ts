import { Neo4jError } from 'neo4j-driver';
import { DatabaseBusyError, ServiceUnavailableError, StoreDamagedError } from '../errors';

// Codes that mean "the database is away", not "the query is wrong".
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

// Codes that mean "the database is there but could not take this query in time": under overload
// queries queue in Neo4j and its transaction timeout ends them. Retrying later is the right answer.
const BUSY = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
]);

/** Translates driver failures into library errors; anything else is rethrown unchanged. */
export function translateNeo4jError(error: unknown): unknown {
  if (error instanceof Neo4jError && UNAVAILABLE.has(error.code)) {
    return new ServiceUnavailableError();
  }
  if (error instanceof Neo4jError && BUSY.has(error.code)) {
    return new DatabaseBusyError();
  }
  // Neo4j's own failures (classification DatabaseError: the store, not the query, is at fault).
  if (error instanceof Neo4jError && error.code.startsWith('Neo.DatabaseError.')) {
    return new StoreDamagedError(error.code);
  }
  // Every connection of the pool was taken for the whole acquisition timeout: the driver says so
  // in its message only (its code is the generic one).
  if (error instanceof Error && /connection acquisition timed out/i.test(error.message)) {
    return new DatabaseBusyError();
  }
  if (error instanceof Error && /ECONNREFUSED|connection.*(closed|refused)/i.test(error.message)) {
    return new ServiceUnavailableError();
  }
  return error;
}
