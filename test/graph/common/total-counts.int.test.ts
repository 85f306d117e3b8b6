import { useMiniGraph } from '../../support/execute';

// Answers worked out on paper from test/fixtures/mini-dataset.ts:
//   KIRKBI is a partner of klimaplan (with Region Syddanmark) and of fritidsjob (with DGI);
//   8 entities are linked as partner, unit, committee or town (analysis.mini.int.test.ts ranks them);
//   "KIRKBI" is the organisation's name and stands in the quotes of its two partner links.
describe('totalCount on the paged root lists (mini fixture)', () => {
  const { run } = useMiniGraph();
  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const { data, errors } = await run(query, variables);
    expect(errors).toBeUndefined();
    return data;
  };

  it('when coPartnersPage is paged one at a time, then totalCount counts both co-partners and the cursor walks the same order as coPartners', async () => {
    const query = `query($after: String) {
      coPartnersPage(partnerId: "kirkbi", first: 1, after: $after) { totalCount edges { cursor node { partner { slug } sharedCount } } pageInfo { hasNextPage hasPreviousPage endCursor } }
      coPartners(partnerId: "kirkbi") { partner { slug } }
    }`;
    const first = await ok(query);
    expect(first.coPartnersPage.totalCount).toBe(2);
    expect(first.coPartnersPage.edges.map((edge: any) => edge.node)).toEqual([{ partner: { slug: 'dgi' }, sharedCount: 1 }]);
    expect(first.coPartnersPage.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await ok(query, { after: first.coPartnersPage.pageInfo.endCursor });
    expect(second.coPartnersPage.totalCount).toBe(2);
    expect(second.coPartnersPage.edges.map((edge: any) => edge.node.partner.slug)).toEqual(['region-syddanmark']);
    expect(second.coPartnersPage.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(first.coPartners.map((row: any) => row.partner.slug)).toEqual(['dgi', 'region-syddanmark']);
  });

  it('when coPartnersPage is asked stated or inferred, then totalCount counts only co-partners of that basis', async () => {
    const data = await ok(`{
      stated: coPartnersPage(partnerId: "kirkbi", basis: STATED) { totalCount }
      inferred: coPartnersPage(partnerId: "kirkbi", basis: INFERRED) { totalCount edges { cursor } }
    }`);
    expect(data.stated.totalCount).toBe(2);
    expect(data.inferred).toEqual({ totalCount: 0, edges: [] });
  });

  it('when bridgesPage is asked for a small page, then totalCount is all 8 ranked entities, in the order of bridges', async () => {
    const data = await ok(`{
      bridgesPage(first: 3) { totalCount edges { node { node { id } score } } pageInfo { hasNextPage } }
      bridges(first: 3) { node { id } }
    }`);
    expect(data.bridgesPage.totalCount).toBe(8);
    expect(data.bridgesPage.edges.map((edge: any) => edge.node.node.id)).toEqual(data.bridges.map((bridge: any) => bridge.node.id));
    expect(data.bridgesPage.edges.map((edge: any) => edge.node.node.id)).toEqual(['organisation:kirkbi', 'organisation:region-syddanmark', 'town:grindsted']);
    expect(data.bridgesPage.pageInfo.hasNextPage).toBe(true);
  });

  it('when searchPage is asked, then totalCount counts the organisation and the two initiatives whose quotes name it, one page at a time', async () => {
    const data = await ok(`{
      one: searchPage(text: "kirkbi", first: 1) { totalCount edges { node { node { id } field } } pageInfo { hasNextPage } }
      all: searchPage(text: "kirkbi") { totalCount edges { node { node { id } field } } }
      list: search(text: "kirkbi") { node { id } }
      partnersOnly: searchPage(text: "kirkbi", types: [PARTNER]) { totalCount }
    }`);
    expect(data.all.totalCount).toBe(3);
    expect(data.all.edges.map((edge: any) => edge.node.node.id).sort()).toEqual(['initiative:fritidsjob', 'initiative:klimaplan', 'organisation:kirkbi']);
    expect(data.all.edges.map((edge: any) => edge.node.node.id)).toEqual(data.list.map((hit: any) => hit.node.id));
    expect(data.one).toEqual({ totalCount: 3, edges: [data.all.edges[0]], pageInfo: { hasNextPage: true } });
    expect(data.partnersOnly.totalCount).toBe(1);
  });

  it('when a page is asked with a bad size or cursor, then the error is BAD_USER_INPUT naming the argument', async () => {
    const size = await run('{ bridgesPage(first: 0) { totalCount } }');
    expect(size.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const cursor = await run('{ searchPage(text: "kirkbi", after: "nope") { totalCount } }');
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const unknown = await run('{ coPartnersPage(partnerId: "ingen") { totalCount } }');
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
