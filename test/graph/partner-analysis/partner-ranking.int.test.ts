import type { Dataset } from '../../../src/dataset/dataset.types';
import { miniDataset } from '../../fixtures/mini-dataset';
import { useMiniGraph } from '../../support/execute';

// The mini fixture with one partner link read by us rather than stated: KIRKBI on fritidsjob (#2).
// By hand: KIRKBI is a partner of klimaplan (#1, stated) and fritidsjob (#2, now inferred); Region
// Syddanmark of klimaplan and sundhedshus (both stated); DGI of fritidsjob (stated).
const dataset: Dataset = {
  ...miniDataset,
  initiatives: miniDataset.initiatives.map((located) =>
    located.entry.id !== 'fritidsjob'
      ? located
      : {
          ...located,
          entry: {
            ...located.entry,
            partners: (located.entry.partners ?? []).map((link) =>
              link.id === 'kirkbi' ? { ...link, basis: 'inferred' as const, rationale: 'Støtten er læst som et partnerskab.' } : link,
            ),
          },
        },
  ),
};

describe('partner ranking (mini fixture, one inferred partner link)', () => {
  const { run, database } = useMiniGraph(dataset);

  it('when initiatives are asked with a basis, then only links of that basis are listed and the count still counts all', async () => {
    const { data, errors } = await run(`{ partners { edges { node { partner { name } initiativeCount
        stated: initiatives(basis: STATED) { node { slug } evidence { basis } }
        inferred: initiatives(basis: INFERRED) { node { slug } evidence { basis rationale } }
        all: initiatives { node { slug } } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.partners.edges.map((edge: any) => edge.node)).toEqual([
      {
        partner: { name: 'KIRKBI' },
        initiativeCount: 2,
        stated: [{ node: { slug: 'klimaplan' }, evidence: { basis: 'STATED' } }],
        inferred: [{ node: { slug: 'fritidsjob' }, evidence: { basis: 'INFERRED', rationale: 'Støtten er læst som et partnerskab.' } }],
        all: [{ node: { slug: 'klimaplan' } }, { node: { slug: 'fritidsjob' } }],
      },
      {
        partner: { name: 'Region Syddanmark' },
        initiativeCount: 2,
        stated: [{ node: { slug: 'klimaplan' }, evidence: { basis: 'STATED' } }, { node: { slug: 'sundhedshus' }, evidence: { basis: 'STATED' } }],
        inferred: [],
        all: [{ node: { slug: 'klimaplan' } }, { node: { slug: 'sundhedshus' } }],
      },
      { partner: { name: 'DGI' }, initiativeCount: 1, stated: [{ node: { slug: 'fritidsjob' }, evidence: { basis: 'STATED' } }], inferred: [], all: [{ node: { slug: 'fritidsjob' } }] },
    ]);
  });

  it('when themes and towns are not selected, then the ranking query is told not to compute them', async () => {
    const read = jest.spyOn(database(), 'read');
    try {
      const { errors } = await run('{ partners(first: 1) { edges { node { partner { name } initiatives { node { slug } } } } } }');
      expect(errors).toBeUndefined();
      const calls = read.mock.calls.filter(([name]) => name === 'partner-analysis/ranking');
      expect(calls).toHaveLength(1);
      expect(calls[0][1]).toMatchObject({ withInitiatives: true, withThemes: false, withTowns: false });
    } finally {
      read.mockRestore();
    }
  });

  it('when the initiatives ask only lean fields, then the lean projection answers exactly what the full one does', async () => {
    const query = (extra: string) => `{ partners { edges { node { partner { id } initiatives { id role event
      node { id slug label title number page status ${extra} } evidence { page quote basis rationale } } } } } }`;
    const read = jest.spyOn(database(), 'read');
    let lean, full;
    try {
      lean = await run(query(''));
      full = await run(query('summary'));
      const params = read.mock.calls.filter(([name]) => name === 'partner-analysis/ranking').map(([, p]) => p);
      expect(params).toMatchObject([{ leanInitiatives: true, leanEvidence: true }, { leanInitiatives: false, leanEvidence: true }]);
    } finally {
      read.mockRestore();
    }
    expect(lean.errors).toBeUndefined();
    const withoutSummary = full.data.partners.edges.map((edge: any) => ({
      node: { ...edge.node, initiatives: edge.node.initiatives.map((link: any) => ({ ...link, node: { ...link.node, summary: undefined } })) },
    }));
    expect(lean.data.partners.edges).toEqual(withoutSummary);
    expect(full.data.partners.edges[0].node.initiatives[0].node.summary).toBe('En plan for at nå netto-nul udledning med hjælp fra regionen og erhvervslivet.');
  });

  it('when only themes are selected through a fragment, then themes come and the other lists are not computed', async () => {
    const read = jest.spyOn(database(), 'read');
    try {
      const { data, errors } = await run(`{ partners(first: 1) { edges { node { ...T } } } }
        fragment T on PartnerRanking { themes { slug } }`);
      expect(errors).toBeUndefined();
      expect(data.partners.edges[0].node.themes).toEqual([{ slug: 'staerke-byer' }, { slug: 'voksevaerk-i-erhvervslivet' }, { slug: 'rettidig-velfaerd' }]);
      expect(read.mock.calls.find(([name]) => name === 'partner-analysis/ranking')?.[1]).toMatchObject({ withInitiatives: false, withThemes: true, withTowns: false });
    } finally {
      read.mockRestore();
    }
  });
});
