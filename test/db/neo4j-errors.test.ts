import { Neo4jError } from 'neo4j-driver';
import { DatabaseBusyError, ServiceUnavailableError, StoreDamagedError } from '../../src/errors';
import { translateNeo4jError } from '../../src/db/neo4j-errors';

// "Neo4j is away" becomes SERVICE_UNAVAILABLE (HTTP 503, retry later); every other failure stays as it was.

const driverError = (code: string, message = 'from the driver') => new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('translateNeo4jError', () => {
  // Neo4j's transaction monitor ends a timed-out read only at its next check (every 2 s), so an
  // end-to-end test of the termination depends on timing; the translation of its codes is tested here.
  it.each([
    'Neo.ClientError.Transaction.TransactionTimedOut',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    'Neo.TransientError.Transaction.Terminated',
  ])('when Neo4j ends a read with %s, then it becomes DATABASE_BUSY, retryable, HTTP 503 with Retry-After', (code) => {
    const translated = translateNeo4jError(driverError(code));
    expect(translated).toBeInstanceOf(DatabaseBusyError);
    const extensions = (translated as DatabaseBusyError).extensions as { code: string; retryable: boolean; http: { status: number; headers: Map<string, string> } };
    expect(extensions).toMatchObject({ code: 'DATABASE_BUSY', retryable: true, http: { status: 503 } });
    expect(extensions.http.headers.get('retry-after')).toBe('1');
  });

  it.each(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable'])(
    'when the driver reports %s, then it becomes SERVICE_UNAVAILABLE with HTTP 503',
    (code) => {
      const translated = translateNeo4jError(driverError(code));
      expect(translated).toBeInstanceOf(ServiceUnavailableError);
      expect((translated as ServiceUnavailableError).extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', http: { status: 503 } });
    },
  );

  it.each(['connect ECONNREFUSED 127.0.0.1:7687', 'Connection was closed by server', 'connection refused'])(
    'when a plain error says "%s", then it is the database being away too',
    (message) => {
      expect(translateNeo4jError(new Error(message))).toBeInstanceOf(ServiceUnavailableError);
    },
  );

  it('when Neo4j fails on its own store (a Neo.DatabaseError), then it becomes STORE_DAMAGED: HTTP 503, not retryable, no Retry-After', () => {
    const translated = translateNeo4jError(driverError('Neo.DatabaseError.Statement.ExecutionFailed', 'Unable to read property value in record:338'));
    expect(translated).toBeInstanceOf(StoreDamagedError);
    expect((translated as StoreDamagedError).neo4jCode).toBe('Neo.DatabaseError.Statement.ExecutionFailed');
    const extensions = (translated as StoreDamagedError).extensions as { code: string; retryable: boolean; http: { status: number; headers: Map<string, string> } };
    expect(extensions).toMatchObject({ code: 'STORE_DAMAGED', retryable: false, http: { status: 503 } });
    expect(extensions.http.headers.has('retry-after')).toBe(false);
    // The message is the service's own: Neo4j's record numbers stay in the log.
    expect((translated as StoreDamagedError).message).not.toMatch(/record/);
  });

  it('when the query itself is wrong, then the error is returned unchanged', () => {
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError', 'Invalid input');
    expect(translateNeo4jError(syntax)).toBe(syntax);
  });

  it('when the error is not about the connection, or not an Error at all, then it is returned unchanged', () => {
    const bug = new TypeError('cannot read properties of undefined');
    expect(translateNeo4jError(bug)).toBe(bug);
    expect(translateNeo4jError('a string')).toBe('a string');
    expect(translateNeo4jError(undefined)).toBeUndefined();
  });
});
