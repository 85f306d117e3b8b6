import { useMiniGraph } from '../../support/execute';
import { miniPlacesDataset } from '../../fixtures/mini-places-dataset';

// Answers worked out on paper from test/fixtures/mini-places-dataset.ts. INFERRED links: klimaplan →
// voksevaerk, fritidsjob → rettidig-velfaerd, sundhedshus → rettidig-velfaerd (SUPPORTS), Filskov
// Skole → filskov (LOCATED_IN), DGI Sydvest → DGI (PART_OF); every other link is STATED.
describe('the basis filter on the mini places fixture', () => {
  const { run } = useMiniGraph(miniPlacesDataset);
  const ok = async (query: string) => {
    const { data, errors } = await run(query);
    expect(errors).toBeUndefined();
    return data;
  };

  it('when a relationship field is asked with basis STATED or INFERRED, then only links of that basis come back', async () => {
    const data = await ok(`{ initiative(id: "klimaplan") {
      all: themes { node { slug } }
      stated: themes(basis: STATED) { node { slug } }
      inferred: themes(basis: INFERRED) { node { slug } evidence { basis } }
    } }`);
    expect(data.initiative.all.map((edge: any) => edge.node.slug)).toEqual(['staerke-byer', 'voksevaerk-i-erhvervslivet']);
    expect(data.initiative.stated).toEqual([{ node: { slug: 'staerke-byer' } }]);
    expect(data.initiative.inferred).toEqual([{ node: { slug: 'voksevaerk-i-erhvervslivet' }, evidence: { basis: 'INFERRED' } }]);
  });

  it('when a theme\'s initiatives are asked stated only, then a theme with only inferred links has none', async () => {
    const data = await ok('{ node(id: "theme:rettidig-velfaerd") { ... on Theme { initiatives(basis: STATED) { node { slug } } all: initiatives { node { slug } } } } }');
    expect(data.node).toEqual({ initiatives: [], all: [{ node: { slug: 'fritidsjob' } }, { node: { slug: 'sundhedshus' } }] });
  });

  it('when trace is asked stated only, then the inferred theme drops out of the chain', async () => {
    const data = await ok(`{
      all: trace(initiativeId: "klimaplan") { themes { theme { slug } } }
      stated: trace(initiativeId: "klimaplan", basis: STATED) { themes { theme { slug } initiatives { initiative { slug } evidence { basis } } } }
      theme: trace(themeId: "rettidig-velfaerd", basis: STATED) { themes { theme { slug } initiatives { initiative { slug } } } }
    }`);
    expect(data.all.themes.map((t: any) => t.theme.slug)).toEqual(['staerke-byer', 'voksevaerk-i-erhvervslivet']);
    expect(data.stated.themes).toEqual([{ theme: { slug: 'staerke-byer' }, initiatives: [{ initiative: { slug: 'klimaplan' }, evidence: { basis: 'STATED' } }] }]);
    expect(data.theme.themes).toEqual([{ theme: { slug: 'rettidig-velfaerd' }, initiatives: [] }]);
  });

  it('when connection is asked stated only, then the shortest path avoids inferred links and is longer', async () => {
    const data = await ok(`{
      all: connection(from: "theme:voksevaerk-i-erhvervslivet", to: "town:grindsted") { length nodes { id } }
      stated: connection(from: "theme:voksevaerk-i-erhvervslivet", to: "town:grindsted", basis: STATED) { length nodes { id } edges { evidence { basis } } }
    }`);
    expect(data.all).toEqual([{ length: 2, nodes: [{ id: 'theme:voksevaerk-i-erhvervslivet' }, { id: 'initiative:klimaplan' }, { id: 'town:grindsted' }] }]);
    expect(data.stated.map((path: any) => path.nodes.map((node: any) => node.id))).toEqual([
      ['theme:voksevaerk-i-erhvervslivet', 'strategy:fremtidens-legeplads', 'theme:staerke-byer', 'initiative:klimaplan', 'town:grindsted'],
    ]);
    expect(data.stated[0].edges.every((edge: any) => edge.evidence.basis === 'STATED')).toBe(true);
  });

  it('when neighborhood is asked inferred only, then only inferred links are followed and returned', async () => {
    const data = await ok('{ neighborhood(id: "initiative:klimaplan", basis: INFERRED) { nodes { id } edges { type to evidence { basis } } } }');
    expect(data.neighborhood).toEqual({
      nodes: [{ id: 'initiative:klimaplan' }, { id: 'theme:voksevaerk-i-erhvervslivet' }],
      edges: [{ type: 'SUPPORTS', to: 'theme:voksevaerk-i-erhvervslivet', evidence: { basis: 'INFERRED' } }],
    });
  });
});
