import { Database } from '../../src/db/database';
import { loadGraph } from '../../src/dataset/load-dataset';
import { toGraph } from '../../src/dataset/to-graph';
import type { RunningApp } from '../../src/server/app';
import { miniDataset } from '../fixtures/mini-dataset';
import { startTestApp } from '../support/test-app';
import { cleanTestDatabase } from '../support/test-database';

/**
 * A database whose only connection is held by a transaction the test keeps open: every read then
 * waits for the pool until the acquisition timeout, as under overload.
 */
describe('when the connection pool stays exhausted', () => {
  let setup: Database;
  let database: Database;
  let app: RunningApp;
  beforeAll(async () => {
    setup = await cleanTestDatabase();
    await loadGraph(setup, toGraph(miniDataset));
    database = new Database({
      uri: process.env.TEST_NEO4J_URI!,
      queryTimeoutMs: 2_000,
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeoutMs: 300,
    });
    app = await startTestApp(database);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.close();
    await setup?.close();
  });

  it('then a query gets 503 DATABASE_BUSY, retryable, with Retry-After, and repeated ones open the circuit', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const isHolding = new Promise<void>((resolve) => (holding = resolve));
    const holder = database.write(async (tx) => {
      await tx.runText('RETURN 1');
      holding();
      await held;
    });
    await isHolding;
    try {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ themes { id } }' }),
      });
      const body = (await response.json()) as any;
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(body.errors[0].extensions).toMatchObject({ code: 'DATABASE_BUSY', retryable: true });
      expect(database.reachable).toBe(true);
      // The circuit breaker counts busy answers: a run of them opens it, and reads then fail at once.
      for (let i = 0; i < 4; i += 1) await expect(database.read('health/ready')).rejects.toMatchObject({ extensions: { code: 'DATABASE_BUSY' } });
      expect(database.reachable).toBe(false);
      await expect(database.read('health/ready')).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } });
    } finally {
      release();
      await holder;
    }
  });

  it('then, once the pool is free again, the circuit closes by itself and reads succeed', async () => {
    const deadline = Date.now() + 10_000;
    while (!database.reachable && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(database.reachable).toBe(true);
    await expect(database.read('health/ready')).resolves.toEqual([{ initiatives: expect.any(Number), sampled: expect.any(Number), readable: expect.any(Number), fingerprint: expect.any(String) }]);
  });
});
