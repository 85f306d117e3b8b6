import { Writable } from 'node:stream';
import { createLogger } from '../../src/server/logger';
import type { RunningApp } from '../../src/server/app';
import type { Database } from '../../src/db/database';
import { startTestApp } from '../support/test-app';
import { miniTestDatabase } from '../support/test-database';

describe('request logs', () => {
  const lines: any[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      callback();
    },
  });
  let database: Database;
  let app: RunningApp;
  beforeAll(async () => {
    database = await miniTestDatabase();
    app = await startTestApp(database, false, {}, createLogger('info', sink));
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
});
