import type { Database } from '../../../src/db/database';
import { seedDatabase } from '../../../src/dataset/seed-dataset';
import { cleanTestDatabase } from '../../support/test-database';
import { CONNECTION, CONNECTION_PAGE, NEIGHBORHOOD, execute, ids } from './paths-harness';

describe('paths over the real dataset (seed/)', () => {
  let database: Database;
  const run = (source: string, variables?: Record<string, unknown>) => execute(database, source, variables);

  beforeAll(async () => {
    database = await cleanTestDatabase();
    await seedDatabase(database);
  });
  afterAll(async () => {
    await database.close();
  });

  it('when KIRKBI and Region Syddanmark are asked, then shortest paths join them, each a chain of real links', async () => {
    const { data, errors } = await run(CONNECTION, { from: 'organisation:kirkbi', to: 'organisation:region-syddanmark' });
    expect(errors).toBeUndefined();
    const paths = data.connection as { length: number; nodes: { id: string }[]; edges: { from: string; to: string; evidence: { quote: string } }[] }[];
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(20);
    const length = paths[0].length;
    expect(length).toBeGreaterThanOrEqual(2); // two organisations are never linked directly
    expect(length).toBeLessThanOrEqual(4);
    for (const path of paths) {
      expect(path.length).toBe(length); // all shortest: one length
      expect(path.nodes).toHaveLength(length + 1);
      expect(path.nodes[0].id).toBe('organisation:kirkbi');
      expect(path.nodes[length].id).toBe('organisation:region-syddanmark');
      path.edges.forEach((edge, i) => {
        // each edge joins the path's i-th and (i+1)-th node, in whichever direction it is stored
        expect([edge.from, edge.to].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
        expect(edge.evidence.quote.length).toBeGreaterThan(0);
      });
    }
    const distinct = new Set(paths.map((path) => ids(path.nodes).join(' ')));
    expect(distinct.size).toBe(paths.length);
  });

  it('when KIRKBI and Region Syddanmark are paged, then totalCount counts every equally short path and the pages add up to connection', async () => {
    const whole = await run(CONNECTION, { from: 'organisation:kirkbi', to: 'organisation:region-syddanmark' });
    const pages: string[][] = [];
    let after: string | null = null;
    let totalCount: number;
    for (;;) {
      const { data, errors }: { data?: any; errors?: unknown } = await run(CONNECTION_PAGE, { from: 'organisation:kirkbi', to: 'organisation:region-syddanmark', first: 2, after });
      expect(errors).toBeUndefined();
      totalCount = data.connectionPage.totalCount;
      pages.push(...data.connectionPage.edges.map((edge: any) => ids(edge.node.nodes)));
      if (!data.connectionPage.pageInfo.hasNextPage) break;
      after = data.connectionPage.pageInfo.endCursor;
    }
    expect(totalCount).toBe(pages.length);
    expect(pages).toEqual(whole.data.connection.map((path: any) => ids(path.nodes)));
    console.log(`connectionPage KIRKBI → Region Syddanmark: totalCount ${totalCount}`);
  });

  it('when via is [INITIATIVE, TOWN], then paths between the partners go only through initiatives and towns; via [INITIATIVE] alone finds none within 6', async () => {
    const { data } = await run(CONNECTION, { from: 'organisation:kirkbi', to: 'organisation:region-syddanmark', via: ['INITIATIVE', 'TOWN'], maxHops: 6 });
    expect(data.connection.length).toBeGreaterThan(0);
    expect(ids(data.connection[0].nodes)).toEqual([
      'organisation:kirkbi',
      'initiative:attraktive-bymidter',
      'town:billund',
      'initiative:cykel-og-vandrestier',
      'organisation:region-syddanmark',
    ]);
    for (const path of data.connection) {
      for (const node of path.nodes.slice(1, -1)) expect(['Initiative', 'Town']).toContain(node.__typename);
    }
    const onlyInitiatives = await run(CONNECTION, { from: 'organisation:kirkbi', to: 'organisation:region-syddanmark', via: ['INITIATIVE'], maxHops: 6 });
    expect(onlyInitiatives.errors).toBeUndefined();
    expect(onlyInitiatives.data.connection).toEqual([]);
  });

  it('when depth is 3 from a theme with limit 1000, then it is not truncated and every edge joins two returned nodes', async () => {
    await run(NEIGHBORHOOD, { id: 'theme:staerke-byer', depth: 1 }); // warm the plan cache and the connection
    const { data, errors } = await run(NEIGHBORHOOD, { id: 'theme:rettidig-velfaerd', depth: 3, limit: 1000 });
    expect(errors).toBeUndefined();
    expect(data.neighborhood.truncated).toBe(false);
    expect(data.neighborhood.nodes[0].id).toBe('theme:rettidig-velfaerd');
    expect(data.neighborhood.nodes.length).toBeGreaterThan(100);
    const keys = new Set(ids(data.neighborhood.nodes));
    expect(keys.size).toBe(data.neighborhood.nodes.length);
    for (const edge of data.neighborhood.edges) {
      expect(keys.has(edge.from) && keys.has(edge.to)).toBe(true);
    }
  });

  it('when every theme is asked at depth 3, then each answers in full (speed is measured in bench/, not here)', async () => {
    for (const id of ['theme:staerke-byer', 'theme:rettidig-velfaerd', 'theme:voksevaerk-i-erhvervslivet']) {
      const { data, errors } = await run(NEIGHBORHOOD, { id, depth: 3, limit: 1000 });
      expect(errors).toBeUndefined();
      expect(data.neighborhood.truncated).toBe(false);
      expect(data.neighborhood.nodes[0].id).toBe(id);
    }
  });

  it('when a connection has 6 hops allowed between far-apart entities, then it answers without an error', async () => {
    const { errors } = await run(CONNECTION, { from: 'organisation:kirkbi', to: 'committee:kommunalbestyrelsen', maxHops: 6 });
    expect(errors).toBeUndefined();
  });
});
