import type { Database } from '../../src/db/database';
import { execute } from '../support/execute';
import { miniTestDatabase } from '../support/test-database';

describe('relationship fields (mini fixture)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await miniTestDatabase();
  });
  afterAll(() => database.close());

  it('when an initiative lists its links, then each carries its evidence and basis', async () => {
    const result = await execute(
      database,
      `{ initiative(id: "klimaplan") {
          themes { node { slug } evidence { basis rationale page } }
          partners { node { name isPartner type } evidence { quote page basis } }
          committees { node { name } role }
          years { node { value } event evidence { quote } }
          results { node { text value unit year } }
          statusEvidence { quote }
      } }`,
    );
    expect(result.errors).toBeUndefined();
    const initiative = result.data!.initiative;
    expect(initiative.themes).toEqual([
      { node: { slug: 'staerke-byer' }, evidence: { basis: 'STATED', rationale: null, page: 31 } },
      { node: { slug: 'voksevaerk-i-erhvervslivet' }, evidence: { basis: 'INFERRED', rationale: 'Grøn omstilling i erhvervslivet.', page: 31 } },
    ]);
    expect(initiative.partners).toEqual([
      { node: { name: 'KIRKBI', isPartner: true, type: 'COMPANY' }, evidence: { quote: 'KIRKBI A/S har bidraget', page: 31, basis: 'STATED' } },
      { node: { name: 'Region Syddanmark', isPartner: true, type: 'REGION' }, evidence: { quote: 'sammen med Region Syddanmark', page: 31, basis: 'STATED' } },
    ]);
    expect(initiative.committees).toEqual([{ node: { name: 'Kommunalbestyrelsen' }, role: 'DECIDED_BY' }]);
    expect(initiative.years).toEqual([{ node: { value: 2023 }, event: 'Klimaplanen vedtaget', evidence: { quote: 'i 2023 vedtog' } }]);
    expect(initiative.results).toEqual([{ node: { text: '50 % mindre CO2 i 2030', value: 50, unit: '%', year: 2030 } }]);
    expect(initiative.statusEvidence).toEqual({ quote: 'arbejdet fortsætter' });
  });

  it('when links are read from the other end, then partners, towns and years list their initiatives', async () => {
    const result = await execute(
      database,
      `{ kirkbi: node(id: "organisation:kirkbi") { ... on Partner { initiatives { node { slug } } mentionedIn { node { slug } } } }
         styrelse: node(id: "organisation:sundhedsstyrelsen") { ... on Partner { isPartner initiatives { node { slug } } mentionedIn { node { slug } } } }
         grindsted: node(id: "town:grindsted") { ... on Town { initiatives { node { slug } } profile { page } } }
         y2023: node(id: "year:2023") { ... on Year { initiatives { node { slug } event } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.kirkbi).toEqual({ initiatives: [{ node: { slug: 'klimaplan' } }, { node: { slug: 'fritidsjob' } }], mentionedIn: [] });
    // Only mentioned: never presented as a partner.
    expect(result.data!.styrelse).toEqual({ isPartner: false, initiatives: [], mentionedIn: [{ node: { slug: 'sundhedshus' } }] });
    expect(result.data!.grindsted).toEqual({ initiatives: [{ node: { slug: 'klimaplan' } }, { node: { slug: 'fritidsjob' } }], profile: { page: 14 } });
    expect(result.data!.y2023.initiatives).toEqual([
      { node: { slug: 'klimaplan' }, event: 'Klimaplanen vedtaget' },
      { node: { slug: 'sundhedshus' }, event: 'Idéen opstår' },
    ]);
  });

  it('when related links exist, then both ends see them', async () => {
    const result = await execute(database, '{ a: initiative(id: "sundhedshus") { related { node { slug } } } b: initiative(id: "fritidsjob") { related { node { slug } } } }');
    expect(result.data).toEqual({ a: { related: [{ node: { slug: 'fritidsjob' } }] }, b: { related: [{ node: { slug: 'sundhedshus' } }] } });
  });

  it('when N initiatives are listed with partners, towns and themes, then one query runs per field, not per initiative', async () => {
    const queries: string[] = [];
    const stop = database.onQuery((name) => queries.push(name));
    try {
      const result = await execute(database, '{ initiatives { title partners { node { name } } towns { node { name } } themes { node { name } } } }');
      expect(result.errors).toBeUndefined();
      expect(result.data!.initiatives).toHaveLength(3);
    } finally {
      stop();
    }
    expect(queries.sort()).toEqual(['link/outgoing', 'link/outgoing', 'link/outgoing', 'node/by-label']);
  });

  it('when a second nesting level is asked, then it adds one query per field of that level', async () => {
    const queries: string[] = [];
    const stop = database.onQuery((name) => queries.push(name));
    try {
      await execute(database, '{ initiatives { partners { node { name initiatives { node { title towns { node { name } } } } } } } }');
    } finally {
      stop();
    }
    // initiatives, their partners, the partners' initiatives, those initiatives' towns.
    expect(queries).toHaveLength(4);
  });

  it('when node(id) is unknown, then the error code is NOT_FOUND', async () => {
    const result = await execute(database, '{ node(id: "town:atlantis") { id } }');
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('initiativesPage (mini fixture)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await miniTestDatabase();
  });
  afterAll(() => database.close());

  const page = (args: string) => execute(database, `{ initiativesPage(${args}) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`);

  it('when filtered by town and partner, then only initiatives with both remain', async () => {
    const result = await page('filter: { towns: ["grindsted"], partners: ["organisation:kirkbi"] }, first: 10');
    expect(result.data!.initiativesPage.totalCount).toBe(2);
    expect(result.data!.initiativesPage.edges.map((e: any) => e.node.slug)).toEqual(['klimaplan', 'fritidsjob']);
  });

  it('when filtered by year, status and theme, then each narrows the set', async () => {
    expect((await page('filter: { years: [2025] }')).data!.initiativesPage.edges.map((e: any) => e.node.slug)).toEqual(['sundhedshus']);
    expect((await page('filter: { status: [PLANNED, ONGOING] }')).data!.initiativesPage.totalCount).toBe(2);
    expect((await page('filter: { themes: ["voksevaerk-i-erhvervslivet"] }')).data!.initiativesPage.totalCount).toBe(1);
  });

  it('when paging with first and after, then pages follow each other without overlap', async () => {
    const first = (await page('first: 2')).data!.initiativesPage;
    expect(first.edges.map((e: any) => e.node.slug)).toEqual(['klimaplan', 'fritidsjob']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await page(`first: 2, after: "${first.pageInfo.endCursor}"`)).data!.initiativesPage;
    expect(second.edges.map((e: any) => e.node.slug)).toEqual(['sundhedshus']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('when ordered by title descending, then the order follows', async () => {
    const result = await page('orderBy: TITLE, descending: true');
    expect(result.data!.initiativesPage.edges.map((e: any) => e.node.slug)).toEqual(['sundhedshus', 'klimaplan', 'fritidsjob']);
  });

  it('when first is above 100 or the cursor is foreign, then BAD_USER_INPUT says which argument', async () => {
    const tooMany = await page('first: 101');
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const foreign = await page('after: "bm9wZQ"');
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
