import { useMiniGraph } from '../../support/execute';
import { CONNECTION, CONNECTION_PAGE, NEIGHBORHOOD, ids } from './paths-harness';

// Answers worked out by hand from test/fixtures/mini-dataset.ts. Its links, undirected:
//   strategy — the 3 themes (HAS_THEME); anbefaling-1 — staerke-byer (BUILDS_ON)
//   klimaplan — staerke-byer, voksevaerk, grindsted, region-syddanmark, kirkbi, kommunalbestyrelsen, 2023, result
//   fritidsjob — rettidig-velfaerd, grindsted, billund, kirkbi, dgi, jobcentret, 2024, result
//   sundhedshus — rettidig-velfaerd, soender-omme, region-syddanmark, sundhedsstyrelsen, 2023, 2025, fritidsjob (RELATED_TO)

describe('paths over the mini fixture', () => {
  const { run, database } = useMiniGraph();

  /** The names of the statements a request sends. */
  async function statementsOf(query: string, variables: Record<string, unknown>): Promise<string[]> {
    const names: string[] = [];
    const stop = database().onQuery((name) => names.push(name));
    try {
      const { errors } = await run(query, variables);
      expect((errors ?? []).map((error) => error.extensions.code)).not.toContain('INTERNAL_SERVER_ERROR');
    } finally {
      stop();
    }
    return names;
  }

  describe('connection', () => {
    it('when dgi and Region Syddanmark are asked, then the one shortest path goes fritidsjob → sundhedshus, with evidence in path order', async () => {
      const { data, errors } = await run(CONNECTION, { from: 'organisation:dgi', to: 'organisation:region-syddanmark' });
      expect(errors).toBeUndefined();
      expect(data.connection).toEqual([
        {
          length: 3,
          nodes: [
            { id: 'organisation:dgi', __typename: 'Partner' },
            { id: 'initiative:fritidsjob', __typename: 'Initiative' },
            { id: 'initiative:sundhedshus', __typename: 'Initiative' },
            { id: 'organisation:region-syddanmark', __typename: 'Partner' },
          ],
          edges: [
            {
              id: 'initiative:fritidsjob|WITH_PARTNER|organisation:dgi',
              type: 'WITH_PARTNER',
              from: 'initiative:fritidsjob',
              to: 'organisation:dgi',
              event: null,
              evidence: { page: 21, quote: 'i samarbejde med DGI', basis: 'STATED', rationale: null },
            },
            {
              id: 'initiative:sundhedshus|RELATED_TO|initiative:fritidsjob',
              type: 'RELATED_TO',
              from: 'initiative:sundhedshus',
              to: 'initiative:fritidsjob',
              event: null,
              evidence: { page: 52, quote: 'ligesom fritidsjob', basis: 'STATED', rationale: null },
            },
            {
              id: 'initiative:sundhedshus|WITH_PARTNER|organisation:region-syddanmark',
              type: 'WITH_PARTNER',
              from: 'initiative:sundhedshus',
              to: 'organisation:region-syddanmark',
              event: null,
              evidence: { page: 52, quote: 'regionen er med', basis: 'STATED', rationale: null },
            },
          ],
        },
      ]);
    });

    it('when the path is asked the other way round, then it is the same path reversed', async () => {
      const { data } = await run(CONNECTION, { from: 'organisation:region-syddanmark', to: 'organisation:dgi' });
      expect(data.connection.map((p: any) => ids(p.nodes))).toEqual([
        ['organisation:region-syddanmark', 'initiative:sundhedshus', 'initiative:fritidsjob', 'organisation:dgi'],
      ]);
    });

    it('when via is [INITIATIVE, PARTNER], then the same path qualifies; when via is [PARTNER, TOWN], none does', async () => {
      const allowed = await run(CONNECTION, { from: 'organisation:dgi', to: 'organisation:region-syddanmark', via: ['INITIATIVE', 'PARTNER'] });
      expect(allowed.data.connection.map((p: any) => ids(p.nodes))).toEqual([
        ['organisation:dgi', 'initiative:fritidsjob', 'initiative:sundhedshus', 'organisation:region-syddanmark'],
      ]);
      const refused = await run(CONNECTION, { from: 'organisation:dgi', to: 'organisation:region-syddanmark', via: ['PARTNER', 'TOWN'] });
      expect(refused.errors).toBeUndefined();
      expect(refused.data.connection).toEqual([]);
    });

    it('when maxHops is shorter than the shortest path, then there is no path', async () => {
      const { data, errors } = await run(CONNECTION, { from: 'organisation:dgi', to: 'organisation:region-syddanmark', maxHops: 2 });
      expect(errors).toBeUndefined();
      expect(data.connection).toEqual([]);
    });

    it('when two shortest paths exist, then both come, in a stable order (by relationship keys)', async () => {
      const { data } = await run(CONNECTION, { from: 'initiative:fritidsjob', to: 'initiative:klimaplan' });
      expect(data.connection.map((p: any) => [p.length, ...ids(p.nodes)])).toEqual([
        [2, 'initiative:fritidsjob', 'town:grindsted', 'initiative:klimaplan'],
        [2, 'initiative:fritidsjob', 'organisation:kirkbi', 'initiative:klimaplan'],
      ]);
    });

    it('when the two shortest paths are paged one at a time, then totalCount is 2 and the pages follow connection\'s order', async () => {
      const first = await run(CONNECTION_PAGE, { from: 'initiative:fritidsjob', to: 'initiative:klimaplan', first: 1 });
      expect(first.errors).toBeUndefined();
      expect(first.data.connectionPage.totalCount).toBe(2);
      expect(first.data.connectionPage.edges.map((e: any) => ids(e.node.nodes))).toEqual([['initiative:fritidsjob', 'town:grindsted', 'initiative:klimaplan']]);
      expect(first.data.connectionPage.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

      const second = await run(CONNECTION_PAGE, { from: 'initiative:fritidsjob', to: 'initiative:klimaplan', first: 1, after: first.data.connectionPage.pageInfo.endCursor });
      expect(second.data.connectionPage.totalCount).toBe(2);
      expect(second.data.connectionPage.edges.map((e: any) => ids(e.node.nodes))).toEqual([['initiative:fritidsjob', 'organisation:kirkbi', 'initiative:klimaplan']]);
      expect(second.data.connectionPage.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    });

    it('when no path is short enough, then connectionPage counts 0; when first is out of range or an end unknown, then a coded error', async () => {
      const none = await run(CONNECTION_PAGE, { from: 'organisation:dgi', to: 'organisation:region-syddanmark', maxHops: 2 });
      expect(none.data.connectionPage).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null } });
      const big = await run(CONNECTION_PAGE, { from: 'organisation:dgi', to: 'organisation:region-syddanmark', first: 21 });
      expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
      const unknown = await run(CONNECTION_PAGE, { from: 'organisation:dgi', to: 'organisation:nobody' });
      expect(unknown.data.connectionPage).toBeNull();
      expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('when via restricts the intermediates, then the shortest path among the allowed ones is found, even if longer', async () => {
      const partner = await run(CONNECTION, { from: 'initiative:fritidsjob', to: 'initiative:klimaplan', via: ['PARTNER'] });
      expect(partner.data.connection.map((p: any) => ids(p.nodes))).toEqual([['initiative:fritidsjob', 'organisation:kirkbi', 'initiative:klimaplan']]);

      const themes = await run(CONNECTION, { from: 'initiative:fritidsjob', to: 'initiative:klimaplan', via: ['THEME', 'STRATEGY'] });
      expect(themes.errors).toBeUndefined();
      expect(themes.data.connection.map((p: any) => [p.length, ...ids(p.nodes)])).toEqual([
        [4, 'initiative:fritidsjob', 'theme:rettidig-velfaerd', 'strategy:fremtidens-legeplads', 'theme:staerke-byer', 'initiative:klimaplan'],
        [4, 'initiative:fritidsjob', 'theme:rettidig-velfaerd', 'strategy:fremtidens-legeplads', 'theme:voksevaerk-i-erhvervslivet', 'initiative:klimaplan'],
      ]);
      expect(themes.data.connection[0].edges.map((e: any) => `${e.from} ${e.type} ${e.to}`)).toEqual([
        'initiative:fritidsjob SUPPORTS theme:rettidig-velfaerd',
        'strategy:fremtidens-legeplads HAS_THEME theme:rettidig-velfaerd',
        'strategy:fremtidens-legeplads HAS_THEME theme:staerke-byer',
        'initiative:klimaplan SUPPORTS theme:staerke-byer',
      ]);

      const tooShort = await run(CONNECTION, { from: 'initiative:fritidsjob', to: 'initiative:klimaplan', via: ['THEME', 'STRATEGY'], maxHops: 3 });
      expect(tooShort.data.connection).toEqual([]);
    });

    it('when a path runs through a year, then its IN_YEAR edge carries the event', async () => {
      const { data } = await run(CONNECTION, { from: 'initiative:klimaplan', to: 'initiative:sundhedshus' });
      expect(data.connection.map((p: any) => ids(p.nodes))).toEqual([
        ['initiative:klimaplan', 'year:2023', 'initiative:sundhedshus'],
        ['initiative:klimaplan', 'organisation:region-syddanmark', 'initiative:sundhedshus'],
      ]);
      expect(data.connection[1].edges.map((e: any) => e.event)).toEqual([null, null]);
      expect(data.connection[0].edges.map((e: any) => [e.id, e.event])).toEqual([
        ['initiative:klimaplan|IN_YEAR|year:2023', 'Klimaplanen vedtaget'],
        ['initiative:sundhedshus|IN_YEAR|year:2023', 'Idéen opstår'],
      ]);
    });

    it('when maxHops is out of 1–6, then BAD_USER_INPUT', async () => {
      for (const maxHops of [0, 7]) {
        const { errors } = await run(CONNECTION, { from: 'organisation:dgi', to: 'organisation:kirkbi', maxHops });
        expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops' });
      }
    });

    it('when from and to are the same, then BAD_USER_INPUT', async () => {
      const { errors } = await run(CONNECTION, { from: 'organisation:dgi', to: 'organisation:dgi' });
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('when an id is unknown, then NOT_FOUND names it', async () => {
      const first = await run(CONNECTION, { from: 'organisation:nope', to: 'organisation:dgi' });
      expect(first.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(first.errors?.[0].message).toBe('No node with id "organisation:nope"');
      const second = await run(CONNECTION, { from: 'organisation:dgi', to: 'town:atlantis' });
      expect(second.errors?.[0].message).toBe('No node with id "town:atlantis"');
      const both = await run(CONNECTION_PAGE, { from: 'organisation:nope', to: 'town:atlantis' });
      expect(both.errors?.[0].message).toBe('No node with id "organisation:nope"');
    });

    it('when a connection is asked, found or not, then one statement answers it (the ends are checked in the same round trip)', async () => {
      expect(await statementsOf(CONNECTION, { from: 'organisation:dgi', to: 'organisation:region-syddanmark' })).toEqual(['paths/connection']);
      expect(await statementsOf(CONNECTION_PAGE, { from: 'organisation:dgi', to: 'town:atlantis', first: 1 })).toEqual(['paths/connection']);
    });
  });

  describe('neighborhood', () => {
    it('when depth is 1 from Rettidig Velfærd, then it holds the theme, its 2 initiatives and the strategy, and every link among them', async () => {
      const { data, errors } = await run(NEIGHBORHOOD, { id: 'theme:rettidig-velfaerd' });
      expect(errors).toBeUndefined();
      expect(data.neighborhood.truncated).toBe(false);
      expect(data.neighborhood.nodes).toEqual([
        { id: 'theme:rettidig-velfaerd', __typename: 'Theme' },
        { id: 'initiative:fritidsjob', __typename: 'Initiative' },
        { id: 'initiative:sundhedshus', __typename: 'Initiative' },
        { id: 'strategy:fremtidens-legeplads', __typename: 'Strategy' },
      ]);
      expect(data.neighborhood.edges).toEqual([
        {
          id: 'initiative:fritidsjob|SUPPORTS|theme:rettidig-velfaerd',
          type: 'SUPPORTS',
          from: 'initiative:fritidsjob',
          to: 'theme:rettidig-velfaerd',
          event: null,
          evidence: { page: 21, quote: 'unge i job', basis: 'INFERRED', rationale: 'Tidlig indsats for unge.' },
        },
        {
          id: 'initiative:sundhedshus|RELATED_TO|initiative:fritidsjob',
          type: 'RELATED_TO',
          from: 'initiative:sundhedshus',
          to: 'initiative:fritidsjob',
          event: null,
          evidence: { page: 52, quote: 'ligesom fritidsjob', basis: 'STATED', rationale: null },
        },
        {
          id: 'initiative:sundhedshus|SUPPORTS|theme:rettidig-velfaerd',
          type: 'SUPPORTS',
          from: 'initiative:sundhedshus',
          to: 'theme:rettidig-velfaerd',
          event: null,
          evidence: { page: 52, quote: 'hjælp i tide', basis: 'INFERRED', rationale: 'Nær sundhed er rettidig velfærd.' },
        },
        {
          id: 'strategy:fremtidens-legeplads|HAS_THEME|theme:rettidig-velfaerd',
          type: 'HAS_THEME',
          from: 'strategy:fremtidens-legeplads',
          to: 'theme:rettidig-velfaerd',
          event: null,
          evidence: { page: 3, quote: 'Rettidig Velfærd', basis: 'STATED', rationale: null },
        },
      ]);
    });

    it('when types is [INITIATIVE], then exactly the theme and its 2 initiatives, with the 3 links among them', async () => {
      const { data } = await run(NEIGHBORHOOD, { id: 'theme:rettidig-velfaerd', types: ['INITIATIVE'] });
      expect(ids(data.neighborhood.nodes)).toEqual(['theme:rettidig-velfaerd', 'initiative:fritidsjob', 'initiative:sundhedshus']);
      expect(ids(data.neighborhood.edges)).toEqual([
        'initiative:fritidsjob|SUPPORTS|theme:rettidig-velfaerd',
        'initiative:sundhedshus|RELATED_TO|initiative:fritidsjob',
        'initiative:sundhedshus|SUPPORTS|theme:rettidig-velfaerd',
      ]);
    });

    it('when types is [INITIATIVE, TOWN] at depth 2, then the towns of those initiatives come next, nearest first', async () => {
      const { data } = await run(NEIGHBORHOOD, { id: 'theme:rettidig-velfaerd', depth: 2, types: ['INITIATIVE', 'TOWN'] });
      expect(ids(data.neighborhood.nodes)).toEqual([
        'theme:rettidig-velfaerd',
        'initiative:fritidsjob',
        'initiative:sundhedshus',
        'town:billund',
        'town:grindsted',
        'town:soender-omme',
      ]);
      expect(data.neighborhood.edges).toHaveLength(3 + 3);
      expect(data.neighborhood.truncated).toBe(false);
    });

    it('when depth is 2 without types, then kinds beyond the initiatives appear and the links among all of them', async () => {
      const { data } = await run(NEIGHBORHOOD, { id: 'organisation:dgi', depth: 2 });
      expect(ids(data.neighborhood.nodes)).toEqual([
        'organisation:dgi',
        'initiative:fritidsjob',
        'initiative:sundhedshus',
        'organisation:kirkbi',
        'result:fritidsjob-1',
        'theme:rettidig-velfaerd',
        'town:billund',
        'town:grindsted',
        'unit:jobcentret',
        'year:2024',
      ]);
      // fritidsjob's 8 outgoing links, sundhedshus → fritidsjob (RELATED_TO), sundhedshus → rettidig-velfaerd
      expect(data.neighborhood.edges).toHaveLength(10);
    });

    it('when the limit is smaller than the neighbourhood, then the nearest are kept and truncated is true', async () => {
      const { data } = await run(NEIGHBORHOOD, { id: 'theme:rettidig-velfaerd', limit: 2 });
      expect(data.neighborhood.truncated).toBe(true);
      expect(ids(data.neighborhood.nodes)).toEqual(['theme:rettidig-velfaerd', 'initiative:fritidsjob']);
      expect(ids(data.neighborhood.edges)).toEqual(['initiative:fritidsjob|SUPPORTS|theme:rettidig-velfaerd']);

      const exact = await run(NEIGHBORHOOD, { id: 'theme:rettidig-velfaerd', limit: 4 });
      expect(exact.data.neighborhood.truncated).toBe(false);
      expect(exact.data.neighborhood.nodes).toHaveLength(4);

      const startOnly = await run(NEIGHBORHOOD, { id: 'theme:rettidig-velfaerd', limit: 1 });
      expect(startOnly.data.neighborhood).toEqual({ truncated: true, nodes: [{ id: 'theme:rettidig-velfaerd', __typename: 'Theme' }], edges: [] });
    });

    it('when depth, limit or id are invalid, then BAD_USER_INPUT or NOT_FOUND', async () => {
      for (const depth of [0, 4]) {
        const { errors } = await run(NEIGHBORHOOD, { id: 'theme:rettidig-velfaerd', depth });
        expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
      }
      for (const limit of [0, 1001]) {
        const { errors } = await run(NEIGHBORHOOD, { id: 'theme:rettidig-velfaerd', limit });
        expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' });
      }
      const missing = await run(NEIGHBORHOOD, { id: 'theme:nope' });
      expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(missing.errors?.[0].message).toBe('No node with id "theme:nope"');
    });
  });
});
