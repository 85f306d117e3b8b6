import http from 'node:http';
import { ECHO_MAX_CHARS } from '../../src/errors';
import { logSink } from '../support/log-sink';
import { postGraphQL } from '../support/graphql-client';
import { startTestApp, useMiniApp } from '../support/test-app';

/** A pino destination that keeps the parsed log lines. */
/** POSTs `bytes` of body in chunks without a Content-Length (Transfer-Encoding: chunked). */
function postChunked(url: string, bytes: number): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
    });
    request.on('error', reject);
    const chunk = Buffer.alloc(10_000, 'x');
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      request.end();
    };
    request.write(`{"query":"{ themes { id } }","x":"`);
    pump();
  });
}

describe('requests the API refuses (issue 13, defect 8)', () => {
  const env = useMiniApp();

  it('when a chunked body crosses the body limit, then the answer is 413 PAYLOAD_TOO_LARGE, not a connection reset', async () => {
    const { status, body } = await postChunked(env.app.url, 300_000);
    expect(status).toBe(413);
    expect(body.errors?.[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await fetch(`${env.app.url}/health`)).status).toBe(200);
  });

  it.each([
    ['mutation', 'mutation { themes { id } }'],
    ['subscription', 'subscription { themes { id } }'],
  ])('when a %s is sent, then it is a 400 OPERATION_NOT_SUPPORTED, logged below warn and without a stack', async (operation, query) => {
    const { lines, logger } = logSink('debug');
    const app = await startTestApp(env.database, true, {}, logger);
    try {
      const { status, body } = await postGraphQL(app.url, query);
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        { message: `Only queries are supported; this API has no ${operation} operations`, extensions: { code: 'OPERATION_NOT_SUPPORTED', requestId: expect.any(String) } },
      ]);
      const logged = lines.filter((line) => line.code === 'OPERATION_NOT_SUPPORTED');
      expect(logged.length).toBeGreaterThan(0);
      expect(logged.every((line) => line.level <= 30 && line.err === undefined)).toBe(true);
      expect(lines.filter((line) => line.level >= 40)).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  it('when introspection is off and a field is misspelt, then the message does not suggest schema names', async () => {
    const app = await startTestApp(env.database, true);
    try {
      const { body } = await postGraphQL(app.url, '{ initiatives { titel } themes(first: 2) { id } }');
      const messages = body.errors?.map((e: any) => e.message) ?? [];
      expect(messages).toContain('Cannot query field "titel" on type "Initiative".');
      expect(messages.join(' ')).not.toMatch(/Did you mean|"title"/);
    } finally {
      await app.stop();
    }
  });

  it('when introspection is on (development), then the suggestions stay', async () => {
    const { body } = await postGraphQL(env.app.url, '{ initiatives { titel } }');
    expect(body.errors?.[0].message).toMatch(/Did you mean "title"/);
  });

  it('when an unknown id is very long, then the error echoes only its first characters', async () => {
    const id = `town:${'x'.repeat(10_000)}`;
    const { body } = await postGraphQL(env.app.url, 'query($id: ID!) { node(id: $id) { id } }', { id });
    const error = body.errors?.[0];
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.message).toBe(`No node with id "${id.slice(0, ECHO_MAX_CHARS)}…"`);
    expect(error.extensions.id).toBe(`${id.slice(0, ECHO_MAX_CHARS)}…`);
    expect(JSON.stringify(body)).not.toContain('x'.repeat(ECHO_MAX_CHARS));
  });
});
