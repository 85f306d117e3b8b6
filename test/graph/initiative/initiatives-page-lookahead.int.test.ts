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
