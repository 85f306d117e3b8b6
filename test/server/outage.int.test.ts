import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/db/database';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded/embedded-neo4j';
import { freePort } from '../../src/db/embedded/ports';
import { applySchema } from '../../src/db/schema';
import { loadGraph } from '../../src/dataset/load-dataset';
import { toGraph } from '../../src/dataset/to-graph';
import type { RunningApp } from '../../src/server/app';
import { miniDataset } from '../fixtures/mini-dataset';
import { startTestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';

interface Sample {
  path: 'graphql' | 'ready';
  start: number;
  end: number;
  status: number;
  code?: string;
  correct: boolean;
}

const QUERY = '{ initiatives { id title } }';
const EXPECTED = miniDataset.initiatives.length;
/** The load's pace: each client pauses this long between its requests, so the load stays bounded. */
const pace = () => new Promise((resolve) => setTimeout(resolve, 20));
const until = waitUntil;

/**
 * A separate Neo4j (own data folder and port) that this test stops and starts again on the same
 * port and data, while a bounded load of GraphQL and /ready requests runs on loopback.
 */
describe('when Neo4j goes away under load and comes back', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'legeplads-outage-'));
  let boltPort: number;
  let neo4j: EmbeddedNeo4j | undefined;
  let database: Database;
  let app: RunningApp;
  const start = (port: number) =>
    startEmbeddedNeo4j({ boltPort: port, dataDir, heap: '512m', pageCache: '32m', startTimeoutMs: 120_000, log: () => undefined });

  beforeAll(async () => {
    boltPort = await freePort();
    neo4j = await start(boltPort);
    database = new Database({ uri: neo4j.uri, queryTimeoutMs: 5_000 });
    await applySchema(database);
    await loadGraph(database, toGraph(miniDataset));
    app = await startTestApp(database, false, { requestTimeoutMs: 10_000 });
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    await database?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('then requests fail fast with SERVICE_UNAVAILABLE and /ready 503 while it is down, nothing hangs or leaks, and answers are right again afterwards', async () => {
    const samples: Sample[] = [];
    let running = true;
    // Bounded load: 4 clients, each one request at a time, a short pause between requests.
    const client = async (index: number) => {
      while (running) {
        const begin = Date.now();
        if (index === 0) {
          const response = await fetch(`${app.url}/ready`);
          const body = (await response.json()) as any;
          samples.push({ path: 'ready', start: begin, end: Date.now(), status: response.status, correct: response.status === 200 ? body.initiatives === EXPECTED : body.status === 'not-ready' });
        } else {
          const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
          const body = (await response.json()) as any;
          const code = body.errors?.[0]?.extensions?.code;
          // REQUEST_TIMEOUT is the request timeout's intended 503, for a request caught in a stalled reconnect.
          const correct = response.status === 200 ? body.data?.initiatives?.length === EXPECTED && !body.errors : ['SERVICE_UNAVAILABLE', 'REQUEST_TIMEOUT'].includes(code);
          samples.push({ path: 'graphql', start: begin, end: Date.now(), status: response.status, code, correct });
        }
        await pace();
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(client));

    // Load established: every client has had right answers before Neo4j goes.
    await until('the load runs', () => samples.filter((s) => s.status === 200).length >= 20 && samples.some((s) => s.path === 'ready'));
    const downAt = Date.now();
    await neo4j!.stop();
    neo4j = undefined;
    // Down long enough to be seen on both paths, not a fixed time.
    await until('both paths report the outage', () => ['ready', 'graphql'].every((p) => samples.some((s) => s.path === p && s.start >= downAt && s.status === 503)));
    const restartAt = Date.now();
    neo4j = await start(boltPort);
    const upAt = Date.now();
    // Keep the load on until answers have been right for a while.
    await until('answers are right again', () => samples.some((s) => s.start > upAt && s.status === 200));
    const recoveredAt = Date.now();
    await until('a run of answers after recovery', () => samples.filter((s) => s.start > recoveredAt + 500).length >= 20);
    running = false;
    await load;

    const failures = samples.filter((s) => s.status !== 200);
    const firstFailure = Math.min(...failures.map((s) => s.start));
    const lastFailure = Math.max(...failures.map((s) => s.end));
    const firstSuccessAfterUp = Math.min(...samples.filter((s) => s.status === 200 && s.start >= upAt).map((s) => s.start));
    const slowest = Math.max(...samples.map((s) => s.end - s.start));
    const failFast = failures.filter((s) => s.path === 'graphql').map((s) => s.end - s.start).sort((a, b) => a - b);
    console.log(
      `outage: ${samples.length} requests; Neo4j down ${restartAt - downAt} ms, restart took ${upAt - restartAt} ms; ` +
        `error window ${lastFailure - firstFailure} ms (first failure ${firstFailure - downAt} ms after stop, ` +
        `last ${lastFailure - upAt} ms after Neo4j was ready); first success ${firstSuccessAfterUp - upAt} ms after ready; ` +
        `${failures.length} failed answers, median ${failFast[Math.floor(failFast.length / 2)]} ms, slowest request ${slowest} ms`,
    );

    // Every answer is either right or the intended 503 with its code; nothing else.
    expect(samples.filter((s) => !s.correct)).toEqual([]);
    expect(failures.every((s) => s.status === 503)).toBe(true);
    expect(failures.some((s) => s.path === 'ready')).toBe(true);
    expect(failures.some((s) => s.path === 'graphql')).toBe(true);
    // No hung request: every one answered, at the latest by the request timeout (10 s here).
    expect(slowest).toBeLessThan(12_000);
    expect(failures.filter((s) => s.code === 'REQUEST_TIMEOUT').length).toBeLessThanOrEqual(failures.length * 0.02);
    // Failing fast: while the circuit is open, requests do not wait for the driver.
    expect(failFast[Math.floor(failFast.length / 2)]).toBeLessThan(500);
    // Recovered by itself: the last requests all succeeded with the right data.
    expect(samples.filter((s) => s.start > firstSuccessAfterUp + 500).every((s) => s.status === 200)).toBe(true);
    // No leaked sessions: no read of ours is still pending, and Neo4j holds no transaction but the one asking.
    expect(database.readsInFlight).toBe(0);
    const transactions = await database.write((tx) => tx.runText('SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN currentQuery'));
    expect(transactions.map((t) => t.currentQuery)).toEqual([expect.stringContaining('SHOW TRANSACTIONS')]);
  }, 120_000);
});
