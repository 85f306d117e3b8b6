import { Database } from '../../src/db/database';
import type { RunningApp } from '../../src/server/app';
import { logSink } from '../support/log-sink';
import { postGraphQL } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';
import { miniTestDatabase } from '../support/test-database';

/** A pino destination that keeps the parsed log lines. */
describe('errors, request ids and browser rules over HTTP', () => {
  let database: Database;
  let broken: Database;
  let app: RunningApp;

  beforeAll(async () => {
    database = await miniTestDatabase();
    // A database name that does not exist: every query fails inside the driver with its own message.
    broken = new Database({ uri: process.env.TEST_NEO4J_URI!, database: 'no-such-database', queryTimeoutMs: 5_000 });
    app = await startTestApp(database);
  });
  afterAll(async () => {
    await app.stop();
    await broken.close();
    await database.close();
  });

  describe('in production', () => {
    it('when a resolver fails internally, then the client gets only "Internal server error" with its code and request id, and the log has the details', async () => {
      const { lines, logger } = logSink('debug');
      const production = await startTestApp(broken, true, {}, logger);
      try {
        const response = await fetch(`${production.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': 'trace-123' },
          body: JSON.stringify({ query: '{ initiatives { title } }' }),
        });
        const body = (await response.json()) as any;

        expect(response.headers.get('x-request-id')).toBe('trace-123');
        expect(body.errors).toEqual([
          { message: 'Internal server error', path: ['initiatives'], locations: [{ line: 1, column: 3 }], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'trace-123' } },
        ]);
        const text = JSON.stringify(body);
        expect(text).not.toMatch(/no-such-database|MATCH|Neo4j|neo4j|stacktrace|at /);
        const logged = lines.find((line) => line.requestId === 'trace-123' && line.level === 50);
        expect(logged).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', path: ['initiatives'], msg: 'GraphQL request failed' });
        expect(JSON.stringify(logged.err)).toMatch(/no-such-database/i);
        expect(logged.err.stack).toBeDefined();
      } finally {
        await production.stop();
      }
    });

    it('when a client error happens, then its message and code stay, and introspection is off by default', async () => {
      const production = await startTestApp(database, true);
      try {
        const notFound = await postGraphQL(production.url, '{ initiative(id: "nope") { title } }');
        expect(notFound.body.errors?.[0]).toMatchObject({ message: 'No initiative with id "nope"', extensions: { code: 'NOT_FOUND' } });
        expect(notFound.body.errors?.[0].extensions.stacktrace).toBeUndefined();
        const introspection = await postGraphQL(production.url, '{ __schema { queryType { name } } }');
        expect(introspection.body.errors?.[0].message).toMatch(/introspection is not allowed/i);
      } finally {
        await production.stop();
      }
    });
  });

  it('when no x-request-id is sent, then one is generated, echoed and put into error extensions', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ initiative(id: "nope") { title } }' }),
    });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await response.json()) as any).errors[0].extensions.requestId).toBe(id);
  });

  it('when the x-request-id could forge log lines (control characters, JSON, 300 characters), then it is replaced by a generated one', async () => {
    for (const hostile of ['a\tb', 'x'.repeat(300), '{"level":60}']) {
      const response = await fetch(`${app.url}/health`, { headers: { 'x-request-id': hostile } });
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('when introspection is on (the default outside production), then the schema can be introspected', async () => {
    const { body } = await postGraphQL(app.url, '{ __schema { queryType { name } } }');
    expect(body.data.__schema.queryType.name).toBe('Query');
  });

  it('when a GET query comes without a content type or preflight header, then CSRF prevention refuses it', async () => {
    const simple = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ themes { id } }')}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    const withHeader = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ themes { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(withHeader.status).toBe(200);
  });

  it('when CORS origins are configured, then only those origins get CORS headers, on preflight and on answers', async () => {
    const cors = await startTestApp(database, false, { corsOrigins: ['https://explorer.example.org'] });
    try {
      const allowed = await fetch(`${cors.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://explorer.example.org', 'access-control-request-method': 'POST' } });
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example.org');
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/content-type/);
      // Real clients send bearer tokens and trace context; a preflight without them blocks the call.
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/\bauthorization\b/);
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/\btraceparent\b/);
      const refused = await fetch(`${cors.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' } });
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      const answer = await fetch(`${cors.url}/graphql`, {
        method: 'POST',
        headers: { origin: 'https://explorer.example.org', 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ themes { id } }' }),
      });
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://explorer.example.org');
      expect(answer.headers.get('vary')).toMatch(/Origin/);
    } finally {
      await cors.stop();
    }
  });

  it('when no CORS origins are configured (the default), then no origin gets CORS headers', async () => {
    const response = await fetch(`${app.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://explorer.example.org', 'access-control-request-method': 'POST' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('when a request is not complete within REQUEST_TIMEOUT_MS, then it is answered 503 REQUEST_TIMEOUT and the server keeps serving', async () => {
    const slow = await startTestApp(database, false, { requestTimeoutMs: 300 });
    try {
      // The body never finishes arriving: the request is in flight until the timeout answers it.
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"query": "{ themes '));
        },
      });
      const started = Date.now();
      const response = await fetch(`${slow.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' });
      expect(response.status).toBe(503);
      expect(((await response.json()) as any).errors[0]).toMatchObject({ extensions: { code: 'REQUEST_TIMEOUT' }, message: expect.stringContaining('REQUEST_TIMEOUT_MS') });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect((await postGraphQL(slow.url, '{ themes { id } }')).status).toBe(200);
    } finally {
      await slow.stop();
    }
  });
});
