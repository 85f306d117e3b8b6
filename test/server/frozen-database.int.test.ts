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
import { logSink } from '../support/log-sink';
import { miniDataset } from '../fixtures/mini-dataset';
import { startTestApp } from '../support/test-app';

// 2 s rather than 1: on a loaded machine a cold query may take a second, and the test must see a freeze, not that.
const QUERY_TIMEOUT_MS = 2_000;
// Three times the query timeout, as the defaults are (15 s vs 5 s): a request that waited for it
// would show as 3 s and REQUEST_TIMEOUT.
const REQUEST_TIMEOUT_MS = 3 * QUERY_TIMEOUT_MS;

async function timed(url: string, init?: RequestInit) {
  const started = Date.now();
  const response = await fetch(url, init);
  const body = (await response.json()) as any;
  return { status: response.status, body, ms: Date.now() - started };
}

/**
 * A Neo4j of this test's own (data folder, port, pid), frozen with SIGSTOP: the JVM keeps its TCP
 * connections open and answers nothing, as a JVM stuck in a long GC pause or a hung host does.
 * Only that pid is ever signalled, and it is always continued again.
 */
describe('when Neo4j freezes (SIGSTOP of its JVM)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'legeplads-freeze-'));
  let neo4j: EmbeddedNeo4j;
  let database: Database;
  let app: RunningApp;
  let fingerprint: string;
  const log = logSink();

  beforeAll(async () => {
    neo4j = await startEmbeddedNeo4j({ boltPort: await freePort(), dataDir, heap: '512m', pageCache: '32m', startTimeoutMs: 180_000, log: () => undefined });
    // Health calls an unanswering Neo4j unable to serve after 1 s here (30 s by default).
    database = new Database({ uri: neo4j.uri, queryTimeoutMs: QUERY_TIMEOUT_MS, unresponsiveGraceMs: 1_000 });
    await applySchema(database);
    ({ fingerprint } = await loadGraph(database, toGraph(miniDataset)));
    app = await startTestApp(database, false, { requestTimeoutMs: REQUEST_TIMEOUT_MS, seedFingerprint: fingerprint }, log.logger);
    // Warm: Neo4j plans each query once, slowly on a busy machine; the freeze must be the only slow thing.
    const deadline = Date.now() + 90_000;
    const warm = async () => {
      const post = (query: string) => timed(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const answers = await Promise.all([post('{ themes { id } }'), post('{ initiatives { id } }'), timed(`${app.url}/ready`)]);
      return answers.every((a) => a.status === 200);
    };
    while (!(await warm())) {
      if (Date.now() > deadline) throw new Error('the app did not answer right within 90 s');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, 240_000);
  afterAll(async () => {
    if (neo4j) process.kill(neo4j.pid, 'SIGCONT');
    await app?.stop();
    await database?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('then, before the freeze, /ready reads the store and reports the loaded dataset as seed/\'s version', async () => {
    const ready = await timed(`${app.url}/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', initiatives: miniDataset.initiatives.length, dataset: { fingerprint, seedFingerprint: fingerprint, matchesSeed: true } });
  });

  it('then /ready answers 503 within 1 s, a query costs about the query timeout (not 3×) and is logged with id, status and duration, and /health says unresponsive, then unreachable past the grace', async () => {
    // Warm: one answered query, so that the driver holds an open connection the freeze will hang.
    expect((await timed(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ themes { id } }' }) })).status).toBe(200);
    process.kill(neo4j.pid, 'SIGSTOP');
    try {
      const ready = await timed(`${app.url}/ready`);
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ status: 'not-ready', reason: expect.stringMatching(/did not answer within 900 ms/) });

      const query = await timed(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'frozen-1' },
        body: JSON.stringify({ query: '{ initiatives { id } }' }),
      });
      expect(query.status).toBe(503);
      expect(query.body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      // First unresponsive (could be overload: still 200), then, past the grace, unable to serve.
      expect(await timed(`${app.url}/health`)).toMatchObject({ status: 200, body: { status: 'ok', database: 'unresponsive' } });
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const health = await timed(`${app.url}/health`);
      expect(health).toMatchObject({ status: 503, body: { status: 'unhealthy', database: 'unreachable' } });
      console.log(`frozen Neo4j: /ready answered in ${ready.ms} ms, a query in ${query.ms} ms (query timeout ${QUERY_TIMEOUT_MS} ms, request timeout ${REQUEST_TIMEOUT_MS} ms), /health in ${health.ms} ms`);

      // Bounds with room for a loaded machine, yet far from what a wait would show.
      expect(ready.ms).toBeLessThan(1_500);
      expect(query.ms).toBeGreaterThanOrEqual(QUERY_TIMEOUT_MS);
      expect(query.ms).toBeLessThan(2 * QUERY_TIMEOUT_MS + 500);
      const line = log.lines.find((l) => l.requestId === 'frozen-1' && l.status !== undefined);
      expect(line).toMatchObject({ requestId: 'frozen-1', status: 503, level: 40, msg: 'request failed', path: '/graphql' });
      expect(line.ms).toBeGreaterThanOrEqual(QUERY_TIMEOUT_MS);
    } finally {
      process.kill(neo4j.pid, 'SIGCONT');
    }
    // Thawed: ready again by itself (the circuit's probe finds Neo4j answering).
    const deadline = Date.now() + 30_000;
    let status = 0;
    while (status !== 200 && Date.now() < deadline) {
      status = (await timed(`${app.url}/ready`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
  }, 60_000);

  it('then, for data loaded from another dataset version, /ready says so (200, matchesSeed false) and warns once in the log', async () => {
    const other = logSink();
    const otherApp = await startTestApp(database, false, { seedFingerprint: '0000000000000000' }, other.logger);
    try {
      const first = await timed(`${otherApp.url}/ready`);
      const second = await timed(`${otherApp.url}/ready`);
      expect(first.status).toBe(200);
      expect(first.body.dataset).toEqual({ fingerprint, seedFingerprint: '0000000000000000', matchesSeed: false });
      expect(second.body.dataset.matchesSeed).toBe(false);
      const warnings = other.lines.filter((l) => l.event === 'dataset-differs');
      expect(warnings).toEqual([expect.objectContaining({ level: 40, fingerprint, seedFingerprint: '0000000000000000' })]);
    } finally {
      await otherApp.stop();
    }
  });
});
