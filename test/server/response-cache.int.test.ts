import { loadGraph } from '../../src/dataset/load-dataset';
import { toGraph } from '../../src/dataset/to-graph';
import type { Database } from '../../src/db/database';
import type { RunningApp } from '../../src/server/app';
import { miniDataset } from '../fixtures/mini-dataset';
import { startTestApp } from '../support/test-app';
import { miniTestDatabase } from '../support/test-database';

const SUMMARY = '{ initiative(id: "klimaplan") { title summary } }';

/** A POST as a client sends it, with the headers given; the answer's status, ETag and JSON body. */
async function post(app: RunningApp, query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), body: text ? (JSON.parse(text)) : undefined };
}

describe('response cache (RESPONSE_CACHE_BYTES, real HTTP server and Neo4j)', () => {
  let database: Database;
  let app: RunningApp;
  const resolverReads: string[] = [];

  beforeAll(async () => {
    database = await miniTestDatabase();
    // The fingerprint is read on every request here (0 ms), so that a reload is seen at once.
    app = await startTestApp(database, false, { responseCacheBytes: 1_000_000, responseCacheFingerprintMs: 0 });
    database.onQuery((name) => {
      if (name !== 'health/fingerprint') resolverReads.push(name);
    });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.close();
  });
  beforeEach(() => {
    resolverReads.length = 0;
  });

  it('when a query is asked twice, then the second answer comes from the cache with the same body and ETag, without a resolver reading Neo4j', async () => {
    const first = await post(app, SUMMARY);
    const readsOfFirst = resolverReads.length;
    const second = await post(app, SUMMARY);

    expect(first.status).toBe(200);
    expect(first.body.data.initiative.title).toBe('Klimaplan');
    expect(first.etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(readsOfFirst).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect(resolverReads.length).toBe(readsOfFirst);
  });

  it('when the client sends the ETag it has in If-None-Match, then the answer is 304 without a body', async () => {
    const { etag } = await post(app, SUMMARY);
    const again = await post(app, SUMMARY, { 'if-none-match': etag! });
    expect(again).toEqual({ status: 304, etag, body: undefined });
    expect((await post(app, SUMMARY, { 'if-none-match': '"not-this-one"' })).status).toBe(200);
  });

  it('when variables differ, then each value has its own answer; the same variables in another key order share one', async () => {
    const query = 'query ($id: ID!, $n: Int) { initiative(id: $id) { title } search(text: "klima", first: $n) { node { id } } }';
    const one = await post(app, query, {}, { id: 'klimaplan', n: 1 });
    const reordered = await post(app, query, {}, { n: 1, id: 'klimaplan' });
    const other = await post(app, query, {}, { id: 'klimaplan', n: 5 });
    expect(reordered.etag).toBe(one.etag);
    expect(other.etag).not.toBe(one.etag);
    expect(other.status).toBe(200);
  });

  it('when an answer has errors (NOT_FOUND, a refused query), then it carries no ETag and is asked of Neo4j every time', async () => {
    const missing = '{ initiative(id: "findes-ikke") { title } }';
    const first = await post(app, missing);
    const readsOfFirst = resolverReads.length;
    const second = await post(app, missing);
    expect(first.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect([first.etag, second.etag]).toEqual([null, null]);
    expect(resolverReads.length).toBe(2 * readsOfFirst);

    const tooDeep = await post(app, `{ ${'initiatives { related { node { '.repeat(4)}id${' } } }'.repeat(4)} }`);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.etag).toBeNull();
  });

  it('when the dataset is reloaded with other data, then the next answer is the new one (new fingerprint, new key) and the old ETag no longer gives 304', async () => {
    const before = await post(app, SUMMARY);
    const changed = {
      ...miniDataset,
      initiatives: miniDataset.initiatives.map((item) =>
        item.entry.id === 'klimaplan' ? { ...item, entry: { ...item.entry, summary: 'En ny sammenfatning efter genindlæsning.' } } : item,
      ),
    };

    await loadGraph(database, toGraph(changed));
    const after = await post(app, SUMMARY, { 'if-none-match': before.etag! });

    expect(after.status).toBe(200);
    expect(after.body.data.initiative.summary).toBe('En ny sammenfatning efter genindlæsning.');
    expect(after.etag).not.toBe(before.etag);
    expect(before.body.data.initiative.summary).not.toBe(after.body.data.initiative.summary);

    await loadGraph(database, toGraph(miniDataset));
    expect((await post(app, SUMMARY)).body).toEqual(before.body);
  });
});

describe('response cache off (the default)', () => {
  let database: Database;
  let app: RunningApp;
  beforeAll(async () => {
    database = await miniTestDatabase();
    app = await startTestApp(database);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.close();
  });

  it('when RESPONSE_CACHE_BYTES is not set, then answers carry no ETag and If-None-Match is ignored', async () => {
    const first = await post(app, SUMMARY);
    const second = await post(app, SUMMARY, { 'if-none-match': '*' });
    expect([first.etag, second.etag, second.status]).toEqual([null, null, 200]);
  });
});
