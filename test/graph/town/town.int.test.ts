import { useMiniGraph } from '../../support/execute';
import { miniPlacesDataset } from '../../fixtures/mini-places-dataset';

// Answers worked out on paper from test/fixtures/mini-places-dataset.ts:
//   IN_TOWN:    klimaplan (#1) grindsted; fritidsjob (#2) grindsted, billund; sundhedshus (#3) soender-omme;
//               legepladser (#4) hejnsvig, filskov
//   LOCATED_IN: hallen-i-sdr-omme → soender-omme (klimaplan mentions it); filskov-skole → filskov (runs fritidsjob)
describe('towns on the mini places fixture', () => {
  const { run } = useMiniGraph(miniPlacesDataset);

  const PAGE = `query($filter: InitiativeFilter) { initiativesPage(filter: $filter) { totalCount edges { node { slug } } } }`;
  const matching = async (filter: Record<string, unknown>) => {
    const { data, errors } = await run(PAGE, { filter });
    expect(errors).toBeUndefined();
    return data.initiativesPage.edges.map((edge: any) => edge.node.slug);
  };

  describe('initiativesPage town filters', () => {
    it('when two towns are given with the default ANY, then initiatives in either come back', async () => {
      expect(await matching({ towns: ['grindsted', 'billund'] })).toEqual(['klimaplan', 'fritidsjob']);
    });

    it('when two towns are given with ALL, then only initiatives in both come back', async () => {
      expect(await matching({ towns: ['grindsted', 'billund'], townMatch: 'ALL' })).toEqual(['fritidsjob']);
      expect(await matching({ towns: ['town:hejnsvig', 'filskov'], townMatch: 'ALL' })).toEqual(['legepladser']);
    });

    it('when a town is asked with IN, then a body located there does not count', async () => {
      expect(await matching({ towns: ['filskov'] })).toEqual(['legepladser']);
      expect(await matching({ towns: ['soender-omme'], townReach: 'IN' })).toEqual(['sundhedshus']);
    });

    it('when a town is asked with TOUCHES, then initiatives run by, working with or mentioning a body there count too', async () => {
      expect(await matching({ towns: ['filskov'], townReach: 'TOUCHES' })).toEqual(['fritidsjob', 'legepladser']);
      expect(await matching({ towns: ['soender-omme'], townReach: 'TOUCHES' })).toEqual(['klimaplan', 'sundhedshus']);
    });

    it('when ALL and TOUCHES are combined, then every town must be reached, in it or through a body', async () => {
      expect(await matching({ towns: ['grindsted', 'soender-omme'], townMatch: 'ALL', townReach: 'TOUCHES' })).toEqual(['klimaplan']);
      expect(await matching({ towns: ['grindsted', 'soender-omme'], townMatch: 'ALL' })).toEqual([]);
    });
  });

  describe('Town fields', () => {
    it('when a town\'s initiatives are asked with TOUCHES, then each path is one edge, the body named in via', async () => {
      const { data, errors } = await run(`{ node(id: "town:filskov") { ... on Town {
        in: initiatives { node { slug } }
        touches: initiatives(reach: TOUCHES) { id node { slug } via { id } evidence { quote } }
      } } }`);
      expect(errors).toBeUndefined();
      expect(data.node.in).toEqual([{ node: { slug: 'legepladser' } }]);
      expect(data.node.touches).toEqual([
        {
          id: 'touch:town:filskov|in:initiative:fritidsjob|RUN_BY|unit:filskov-skole',
          node: { slug: 'fritidsjob' },
          via: { id: 'unit:filskov-skole' },
          evidence: { quote: 'elever fra Filskov Skole' },
        },
        { id: 'in:initiative:legepladser|IN_TOWN|town:filskov', node: { slug: 'legepladser' }, via: null, evidence: { quote: 'legeplads i Filskov' } },
      ]);
    });

    it('when the bodies of a town are asked, then organisations and units located there come back apart', async () => {
      const { data, errors } = await run(`{
        sdr: node(id: "town:soender-omme") { ... on Town { organisations { node { slug } } units { node { slug } } } }
        filskov: node(id: "town:filskov") { ... on Town { organisations { node { slug } } units { node { slug } evidence { basis rationale } } } }
      }`);
      expect(errors).toBeUndefined();
      expect(data.sdr).toEqual({ organisations: [{ node: { slug: 'hallen-i-sdr-omme' } }], units: [] });
      expect(data.filskov).toEqual({
        organisations: [],
        units: [{ node: { slug: 'filskov-skole' }, evidence: { basis: 'INFERRED', rationale: 'Navnet placerer skolen i Filskov.' } }],
      });
    });

    it('when a unit\'s town is asked, then locatedIn gives it with its own page', async () => {
      const { data } = await run('{ node(id: "unit:filskov-skole") { ... on Unit { locatedIn { node { slug } evidence { page quote } } } } }');
      expect(data.node.locatedIn).toEqual([{ node: { slug: 'filskov' }, evidence: { page: 53, quote: 'Filskov Skole' } }]);
    });
  });
});
