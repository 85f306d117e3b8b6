import http from 'node:http';
import type { RunningApp } from '../../src/server/app';
import type { Database } from '../../src/db/database';
import { logSink } from '../support/log-sink';
import { startTestApp } from '../support/test-app';
import { miniTestDatabase } from '../support/test-database';

describe('request logs', () => {
  const { lines, logger } = logSink();
  let database: Database;
  let app: RunningApp;
  beforeAll(async () => {
    database = await miniTestDatabase();
    app = await startTestApp(database, false, {}, logger);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.close();
  });
  const post = (body: unknown, id: string) =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': id }, body: JSON.stringify(body) });
  const lineOf = async (id: string) => {
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && !lines.some((l) => l.requestId === id && l.status !== undefined)) await new Promise((r) => setTimeout(r, 20));
    return lines.filter((l) => l.requestId === id && l.status !== undefined);
  };

  it('when a request succeeds, then one JSON line names its id, status, duration and operation name', async () => {
    await (await post({ query: 'query Themes { themes { id } }', operationName: 'Themes' }, 'log-ok-1')).text();
    const [line, ...more] = await lineOf('log-ok-1');
    expect(more).toEqual([]);
    expect(line).toMatchObject({ requestId: 'log-ok-1', status: 200, path: '/graphql', operationName: 'Themes', level: 30 });
    expect(typeof line.ms).toBe('number');
  });

  it('when a request is refused as malformed, then its line is at info level with the status (a client error, not an operator alert)', async () => {
    await (await post({ query: '{ nope' }, 'log-bad-1')).text();
    const [line] = await lineOf('log-bad-1');
    expect(line).toMatchObject({ requestId: 'log-bad-1', status: 400, level: 30, msg: 'request refused' });
    expect(typeof line.ms).toBe('number');
  });

  it('when an answer is partial (200 with an error for one field), then its line names the error codes', async () => {
    await (await post({ query: '{ a: node(id: "initiative:no-such-id") { id } b: themes { id } }' }, 'log-partial-1')).text();
    const [line] = await lineOf('log-partial-1');
    expect(line).toMatchObject({ requestId: 'log-partial-1', status: 200, level: 30, msg: 'request answered with errors', errors: ['NOT_FOUND'] });
  });

  it('when the service refuses a request for overload, then its line is at warn with status 503, duration and the code', async () => {
    const { lines: lines2, logger: logger2 } = logSink();
    // No request may run and none wait: every GraphQL request is refused at once.
    const tight = await startTestApp(database, false, { admission: { maxInFlight: 1, maxQueued: 0, maxQueueWaitMs: 1_000 } }, logger2);
    try {
      // The one slot is held by a request whose body is still coming.
      const { port } = new URL(tight.url);
      const slow = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json' } });
      const slowAnswer = new Promise<number>((resolve, reject) => {
        slow.on('response', (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        slow.on('error', reject);
      });
      slow.write('{"query": "{ themes ');
      await new Promise((r) => setTimeout(r, 300));
      const response = await fetch(`${tight.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'log-over-1' }, body: JSON.stringify({ query: '{ themes { id } }' }) });
      expect(response.status).toBe(503);
      await response.text();
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline && !lines2.some((l) => l.requestId === 'log-over-1')) await new Promise((r) => setTimeout(r, 20));
      expect(lines2.find((l) => l.requestId === 'log-over-1')).toMatchObject({ status: 503, level: 40, msg: 'request failed', ms: expect.any(Number) });
      slow.end('{ id } }"}');
      expect(await slowAnswer).toBe(200);
    } finally {
      await tight.stop();
    }
  });
});
