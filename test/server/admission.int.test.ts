import { Database } from '../../src/db/database';
import { loadGraph } from '../../src/dataset/load-dataset';
import { toGraph } from '../../src/dataset/to-graph';
import type { RunningApp } from '../../src/server/app';
import { miniDataset } from '../fixtures/mini-dataset';
import { startTestApp } from '../support/test-app';
import { cleanTestDatabase } from '../support/test-database';
import { waitUntil } from '../support/wait-until';

/**
 * Slow requests made real: the app's driver has one connection, and the test holds it in an open
 * transaction, so every admitted request waits in Neo4j's pool, as under a heavy load.
 */
describe('admission control', () => {
  let setup: Database;
  let database: Database;
  let app: RunningApp;
  beforeAll(async () => {
    setup = await cleanTestDatabase();
    await loadGraph(setup, toGraph(miniDataset));
    database = new Database({ uri: process.env.TEST_NEO4J_URI!, queryTimeoutMs: 5_000, maxConnectionPoolSize: 1, connectionAcquisitionTimeoutMs: 10_000 });
    app = await startTestApp(database, false, { admission: { maxInFlight: 2, maxQueued: 2, maxQueueWaitMs: 30_000 } });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.close();
    await setup?.close();
  });

  const post = async (id: string) => {
    const started = Date.now();
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': id },
      body: JSON.stringify({ query: '{ themes { id } }' }),
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any, ms: Date.now() - started };
  };

  it('when it is saturated by slow requests, then the excess gets 503 OVERLOADED with Retry-After at once, /health stays fast, /ready answers within its bound, and the admitted ones are answered', async () => {
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
    // Two run (waiting for the held connection), two wait in the queue.
    const admitted = ['slow-1', 'slow-2', 'slow-3', 'slow-4'].map(post);
    try {
      await waitUntil('two requests run and two wait', () => app.admission.inFlight === 2 && app.admission.queued === 2);
      const excess = await Promise.all(['excess-1', 'excess-2', 'excess-3'].map(post));
      const health = Date.now();
      const healthResponse = await fetch(`${app.url}/health`);
      const healthMs = Date.now() - health;
      const ready = Date.now();
      const readyResponse = await fetch(`${app.url}/ready`);
      const readyMs = Date.now() - ready;
      console.log(`admission: excess answered in ${excess.map((e) => e.ms).join(', ')} ms; /health in ${healthMs} ms, /ready (${readyResponse.status}) in ${readyMs} ms while saturated`);
      // /ready bypasses the gate too; its read needs the held connection, so it says 503, but within its bound.
      expect(readyMs).toBeLessThan(1_500);
      for (const answer of excess) {
        expect(answer.status).toBe(503);
        expect(answer.retryAfter).toBe('1');
        expect(answer.body.errors[0].extensions).toMatchObject({ code: 'OVERLOADED', retryable: true, requestId: expect.stringMatching(/^excess-/) });
        expect(answer.ms).toBeLessThan(1_000);
      }
      expect(healthResponse.status).toBe(200);
      expect(healthMs).toBeLessThan(1_000);
    } finally {
      release();
      await holder;
    }
    // The admitted and the queued ones were kept, not dropped: all answered right once Neo4j had room.
    const answers = await Promise.all(admitted);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers.every((a) => Array.isArray(a.body.data.themes))).toBe(true);
    // And the gate is open again.
    expect((await post('after-1')).status).toBe(200);
  });
});
