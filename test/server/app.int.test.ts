import type { Database } from '../../src/db/database';
import { loadGraph } from '../../src/dataset/load-dataset';
import { toGraph } from '../../src/dataset/to-graph';
import type { RunningApp } from '../../src/server/app';
import { miniDataset } from '../fixtures/mini-dataset';
import { postGraphQL } from '../support/graphql-client';
import { startTestApp } from '../support/test-app';
import { cleanTestDatabase } from '../support/test-database';

/**
 * /ready's answer, asked again while it says only that Neo4j did not answer within its 1 s bound:
 * on a heavily loaded machine that bound can pass while the answer is still on its way.
 */
async function readyAnswer(url: string): Promise<{ status: number; body: any }> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(`${url}/ready`);
    const body = (await response.json()) as any;
    if (!/did not answer within/.test(body.reason ?? '') || Date.now() > deadline) return { status: response.status, body };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('HTTP server', () => {
  let database: Database;
  let app: RunningApp;

  beforeAll(async () => {
    database = await cleanTestDatabase();
    app = await startTestApp(database);
  });
  afterAll(async () => {
    await app.stop();
    await database.close();
  });

  it('when the graph is empty, then /health is 200 and /ready is 503', async () => {
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
    const ready = await readyAnswer(app.url);
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ reason: 'the dataset is not loaded' });
  });

  describe('with data loaded', () => {
    beforeAll(async () => {
      await loadGraph(database, toGraph(miniDataset));
    });

    it('then /ready is 200 and counts the initiatives', async () => {
      const ready = await readyAnswer(app.url);
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({ status: 'ready', initiatives: 3 });
    });

    it('when asked for initiatives, then they come from Neo4j in report order', async () => {
      const { status, body } = await postGraphQL(app.url, '{ initiatives { id title number } }');
      expect(status).toBe(200);
      expect(body.data.initiatives).toEqual([
        { id: 'initiative:klimaplan', title: 'Klimaplan', number: 1 },
        { id: 'initiative:fritidsjob', title: 'Et fritidsjob til forskel', number: 2 },
        { id: 'initiative:sundhedshus', title: 'Sundhedshus i Sønder Omme', number: 3 },
      ]);
    });

    it('when one initiative is asked by slug or global id, then both find it', async () => {
      const query = 'query($id: ID!) { initiative(id: $id) { title status } }';
      for (const id of ['klimaplan', 'initiative:klimaplan']) {
        const { body } = await postGraphQL(app.url, query, { id });
        expect(body.data.initiative).toEqual({ title: 'Klimaplan', status: 'ongoing' });
      }
    });

    it('when the id is unknown, then the error has code NOT_FOUND', async () => {
      const { body } = await postGraphQL(app.url, '{ initiative(id: "nope") { title } }');
      expect(body.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(body.errors?.[0].message).toBe('No initiative with id "nope"');
    });

    it('when one of several lookups names an unknown id, then only that field is null and the others answer', async () => {
      const { body } = await postGraphQL(app.url, '{ a: node(id: "town:grindsted") { id } b: node(id: "town:atlantis") { id } c: themes { id } }');
      expect(body.data.a).toEqual({ id: 'town:grindsted' });
      expect(body.data.b).toBeNull();
      expect(body.data.c.length).toBeGreaterThan(0);
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0].path).toEqual(['b']);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'town:atlantis' });
    });
  });

  it('when a browser opens /graphql, then GraphiQL is served from our own assets', async () => {
    const page = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('/assets/graphiql/graphiql.js');
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|esm\.sh)/);
    const asset = await fetch(`${app.url}/assets/graphiql/graphiql.js`);
    expect(asset.status).toBe(200);
    expect((await asset.text()).length).toBeGreaterThan(100_000);
  });

  it('when the body is larger than the limit, then it is refused with 413 before parsing', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ initiatives { title } } #${'x'.repeat(200_000)}` }),
    });
    expect(response.status).toBe(413);
  });
});
