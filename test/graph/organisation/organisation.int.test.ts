import { useMiniGraph } from '../../support/execute';
import { miniPlacesDataset } from '../../fixtures/mini-places-dataset';

// Answers worked out on paper from test/fixtures/mini-places-dataset.ts:
//   kirkbi              partner in #1, #2, #4                       → 3
//   region-syddanmark   partner in #1, #3                           → 2
//   dgi, dgi-sydvest    partner in #2 / #4                          → 1 each (bodies)
//   hallen-i-sdr-omme   mentioned in #1 (venue); skole-ol in #4 (event); sundhedsstyrelsen in #3 (body)
describe('organisations on the mini places fixture', () => {
  const { run } = useMiniGraph(miniPlacesDataset);

  const QUERY = `
    query($min: Int, $roles: [OrganisationRole!], $kinds: [OrganisationKind!], $types: [PartnerType!], $orderBy: OrganisationOrder, $first: Int, $after: String) {
      organisations(minInitiatives: $min, roles: $roles, kinds: $kinds, types: $types, orderBy: $orderBy, first: $first, after: $after) {
        totalCount
        edges { cursor node { organisation { slug kind } initiativeCount roleCounts { role count } } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
  const ask = async (variables: Record<string, unknown> = {}) => {
    const { data, errors } = await run(QUERY, variables);
    expect(errors).toBeUndefined();
    return data.organisations;
  };
  const slugs = (page: any) => page.edges.map((edge: any) => `${edge.node.organisation.slug}:${edge.node.initiativeCount}`);

  it('when asked with the defaults, then every organisation in any role is ranked by initiatives, ties by name', async () => {
    const page = await ask();
    expect(page.totalCount).toBe(7);
    expect(slugs(page)).toEqual([
      'kirkbi:3', 'region-syddanmark:2', 'dgi:1', 'dgi-sydvest:1', 'hallen-i-sdr-omme:1', 'skole-ol:1', 'sundhedsstyrelsen:1',
    ]);
    expect(page.edges[0].node.roleCounts).toEqual([{ role: 'PARTNER', count: 3 }, { role: 'MENTION', count: 0 }]);
    expect(page.edges[4].node.roleCounts).toEqual([{ role: 'PARTNER', count: 0 }, { role: 'MENTION', count: 1 }]);
  });

  it('when bodies in two or more initiatives in any role are asked, then one request answers it', async () => {
    const page = await ask({ min: 2 });
    expect(page.totalCount).toBe(2);
    expect(slugs(page)).toEqual(['kirkbi:3', 'region-syddanmark:2']);
  });

  it('when only mentions count, then partners drop out and the count is over mentions', async () => {
    expect(slugs(await ask({ roles: ['MENTION'] }))).toEqual(['hallen-i-sdr-omme:1', 'skole-ol:1', 'sundhedsstyrelsen:1']);
  });

  it('when only bodies are asked, then venues and events are not counted as organisations', async () => {
    const page = await ask({ kinds: ['BODY'] });
    expect(page.totalCount).toBe(5);
    expect(page.edges.every((edge: any) => edge.node.organisation.kind === 'BODY')).toBe(true);
  });

  it('when a sector is asked, then only organisations of that type come back', async () => {
    expect(slugs(await ask({ types: ['COMPANY'] }))).toEqual(['kirkbi:3']);
  });

  it('when ordered by name and paged, then the cursor continues where the page ended', async () => {
    const first = await ask({ orderBy: 'NAME', first: 2 });
    expect(slugs(first)).toEqual(['dgi:1', 'dgi-sydvest:1']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await ask({ orderBy: 'NAME', first: 2, after: first.pageInfo.endCursor });
    expect(slugs(second)).toEqual(['hallen-i-sdr-omme:1', 'kirkbi:3']);
  });

  it('when minInitiatives is negative, then BAD_USER_INPUT names the argument', async () => {
    const { errors } = await run(QUERY, { min: -1 });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'minInitiatives' });
  });

  it('when a part and its parent are read, then partOf and parts link them with the evidence', async () => {
    const { data, errors } = await run(`{
      part: node(id: "organisation:dgi-sydvest") { ... on Partner { partOf { id node { slug } evidence { page quote basis rationale } } } }
      parent: node(id: "organisation:dgi") { ... on Partner { parts { node { slug } } partOf { node { slug } } } }
      hall: node(id: "organisation:hallen-i-sdr-omme") { ... on Partner { kind locatedIn { node { slug } evidence { page basis } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.part.partOf).toEqual([
      {
        id: 'out:organisation:dgi-sydvest|PART_OF|organisation:dgi',
        node: { slug: 'dgi' },
        evidence: { page: 44, quote: 'DGI Sydvest', basis: 'INFERRED', rationale: 'DGI i navnet.' },
      },
    ]);
    expect(data.parent).toEqual({ parts: [{ node: { slug: 'dgi-sydvest' } }], partOf: [] });
    expect(data.hall).toEqual({ kind: 'VENUE', locatedIn: [{ node: { slug: 'soender-omme' }, evidence: { page: 13, basis: 'STATED' } }] });
  });
});
