import type { Database } from '../../../src/db/database';
import { CATALOGUE, TOWN } from '../../../bench/catalogue';
import { execute } from '../../support/execute';
import { miniTestDatabase } from '../../support/test-database';

// Lookahead in initiativesPage: the links asked below the page come in the page's own statement.

const NESTED = CATALOGUE.find((question) => question.id === 'town-initiatives')!.ours.query;
const LINKS = 'partners { node { id name } evidence { page quote basis } } themes { node { id name } evidence { page quote basis } }';

describe('initiativesPage lookahead (mini fixture)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await miniTestDatabase();
  });
  afterAll(() => database.close());

  async function counted(source: string, variables?: Record<string, unknown>) {
    const queries: string[] = [];
    const stop = database.onQuery((name) => queries.push(name));
    try {
      return { result: await execute(database, source, variables), queries };
    } finally {
      stop();
    }
  }

  it('when the benchmark\'s nested request is asked, then one statement answers it', async () => {
    const { result, queries } = await counted(NESTED, { town: TOWN });
    expect(result.errors).toBeUndefined();
    expect(result.data!.initiativesPage.totalCount).toBe(2);
    expect(queries).toEqual(['initiative/filter']);
  });

  it('when the page brings the links along, then they equal what each initiative lists through its loaders', async () => {
    const { result } = await counted(NESTED, { town: TOWN });
    const edges = result.data!.initiativesPage.edges as { node: { id: string; title: string } }[];
    expect(edges.map((edge) => edge.node.id)).toEqual(['initiative:klimaplan', 'initiative:fritidsjob']);
    for (const edge of edges) {
      const alone = await execute(database, `query ($id: ID!) { initiative(id: $id) { id title ${LINKS} } }`, { id: edge.node.id });
      expect(edge.node).toEqual(alone.data!.initiative);
    }
    expect(edges[1].node).toMatchObject({ partners: [{ node: { name: 'DGI' } }, { node: { name: 'KIRKBI' } }] });
  });

  it('when the links come through a fragment and with a basis, then the primed links are filtered as the loader\'s are', async () => {
    const { result, queries } = await counted(`{ initiativesPage(filter: { towns: ["grindsted"] }) { edges { ...E } } }
      fragment E on InitiativeConnectionEdge { node { slug themes(basis: INFERRED) { node { slug } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.initiativesPage.edges).toEqual([
      { node: { slug: 'klimaplan', themes: [{ node: { slug: 'voksevaerk-i-erhvervslivet' } }] } },
      { node: { slug: 'fritidsjob', themes: [{ node: { slug: 'rettidig-velfaerd' } }] } },
    ]);
    expect(queries).toEqual(['initiative/filter']);
  });

  it('when the page asks only lean fields, then the initiatives answer as from full rows; summary and statusEvidence read full rows', async () => {
    const page = (fields: string) => `{ initiativesPage(first: 3) { edges { node { id slug label number title page status ${fields} } } } }`;
    const read = jest.spyOn(database, 'read');
    try {
      const lean = await execute(database, page(''));
      const full = await execute(database, page('summary statusEvidence { quote page }'));
      expect(read.mock.calls.filter(([name]) => name === 'initiative/filter').map(([, params]) => params)).toMatchObject([
        { leanInitiatives: true },
        { leanInitiatives: false },
      ]);
      expect(lean.errors).toBeUndefined();
      const nodes = (result: typeof full) => (result.data!.initiativesPage.edges as { node: Record<string, unknown> }[]).map((edge) => edge.node);
      const withoutFull = (node: Record<string, unknown>) => Object.fromEntries(Object.entries(node).filter(([field]) => field !== 'summary' && field !== 'statusEvidence'));
      expect(nodes(lean)).toEqual(nodes(full).map(withoutFull));
      expect(nodes(full)[0]).toMatchObject({ slug: 'klimaplan', summary: 'En plan for at nå netto-nul udledning med hjælp fra regionen og erhvervslivet.' });
      expect(nodes(full).some((node) => node.statusEvidence !== null)).toBe(true);
    } finally {
      read.mockRestore();
    }
  });

  it('when an initiative has none of the asked links, then its empty list is answered without a statement', async () => {
    const { result, queries } = await counted('{ initiativesPage(filter: { towns: ["grindsted"] }) { edges { node { slug mentions { node { name } } } } } }');
    expect(result.data!.initiativesPage.edges).toEqual([{ node: { slug: 'klimaplan', mentions: [] } }, { node: { slug: 'fritidsjob', mentions: [] } }]);
    expect(queries).toEqual(['initiative/filter']);
  });

  it('when a field lookahead does not cover is asked (related, a second level), then its loader adds one statement per field', async () => {
    const { result, queries } = await counted('{ initiativesPage { edges { node { slug related { node { slug } } partners { node { name initiatives { node { slug } } } } } } } }');
    expect(result.errors).toBeUndefined();
    expect(queries.sort()).toEqual(['initiative/filter', 'link/incoming', 'link/incoming', 'link/outgoing']);
  });
});
