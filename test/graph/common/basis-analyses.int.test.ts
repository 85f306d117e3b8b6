import type { Dataset, InitiativeEntry } from '../../../src/dataset/dataset.types';
import { miniDataset } from '../../fixtures/mini-dataset';
import { useMiniGraph } from '../../support/execute';

// The mini fixture (test/fixtures/mini-dataset.ts) with three of its links made INFERRED, so that
// each analysis has links of both bases to choose from:
//   fritidsjob → kirkbi (WITH_PARTNER), fritidsjob → its result fritidsjob-1 (ACHIEVED),
//   sundhedshus → 2025 (IN_YEAR). Every other partner, year and result link stays STATED.
function withInferredLinks(dataset: Dataset): Dataset {
  const change = (entry: InitiativeEntry): InitiativeEntry => {
    if (entry.id === 'fritidsjob') {
      return {
        ...entry,
        partners: entry.partners?.map((link) => (link.id === 'kirkbi' ? { ...link, basis: 'inferred', rationale: 'Støtten læses som et partnerskab.' } : link)),
        results: entry.results?.map((result) => ({ ...result, basis: 'inferred', rationale: 'Tallet læses som indsatsens resultat.' })),
      };
    }
    if (entry.id === 'sundhedshus') {
      return { ...entry, years: entry.years?.map((year) => (year.year === 2025 ? { ...year, basis: 'inferred', rationale: 'Året læses af byggeplanen.' } : year)) };
    }
    return entry;
  };
  return { ...dataset, initiatives: dataset.initiatives.map(({ file, entry }) => ({ file, entry: change(entry) })) };
}

describe('the basis filter in sharedPartners, coPartners and timeline (mini fixture, three links inferred)', () => {
  const { run } = useMiniGraph(withInferredLinks(miniDataset));
  const ok = async (query: string) => {
    const { data, errors } = await run(query);
    expect(errors).toBeUndefined();
    return data;
  };
  const partnerSlugs = (rows: any[]) => rows.map((row) => row.partner.slug);

  it('when sharedPartners is asked with a basis, then a partner counts only when both links have it', async () => {
    const data = await ok(`{
      all: sharedPartners(a: "fritidsjob", b: "fritidsjob") { partner { slug } }
      stated: sharedPartners(a: "fritidsjob", b: "fritidsjob", basis: STATED) { partner { slug } evidenceA { basis } }
      inferred: sharedPartners(a: "fritidsjob", b: "fritidsjob", basis: INFERRED) { partner { slug } evidenceA { basis rationale } evidenceB { basis } }
      mixed: sharedPartners(a: "klimaplan", b: "fritidsjob", basis: STATED) { partner { slug } }
      mixedAll: sharedPartners(a: "klimaplan", b: "fritidsjob") { partner { slug } }
    }`);
    expect(partnerSlugs(data.all)).toEqual(['dgi', 'kirkbi']);
    expect(data.stated).toEqual([{ partner: { slug: 'dgi' }, evidenceA: { basis: 'STATED' } }]);
    expect(data.inferred).toEqual([
      { partner: { slug: 'kirkbi' }, evidenceA: { basis: 'INFERRED', rationale: 'Støtten læses som et partnerskab.' }, evidenceB: { basis: 'INFERRED' } },
    ]);
    // KIRKBI is a stated partner of klimaplan but an inferred one of fritidsjob: neither basis alone holds both.
    expect(data.mixed).toEqual([]);
    expect(partnerSlugs(data.mixedAll)).toEqual(['kirkbi']);
  });

  it('when coPartners is asked with a basis, then an initiative is shared only through two links of that basis', async () => {
    const data = await ok(`{
      all: coPartners(partnerId: "kirkbi") { partner { slug } sharedCount initiatives { slug } }
      stated: coPartners(partnerId: "kirkbi", basis: STATED) { partner { slug } sharedCount initiatives { slug } }
      inferred: coPartners(partnerId: "kirkbi", basis: INFERRED) { partner { slug } }
      dgiStated: coPartners(partnerId: "dgi", basis: STATED) { partner { slug } }
    }`);
    expect(data.all).toEqual([
      { partner: { slug: 'dgi' }, sharedCount: 1, initiatives: [{ slug: 'fritidsjob' }] },
      { partner: { slug: 'region-syddanmark' }, sharedCount: 1, initiatives: [{ slug: 'klimaplan' }] },
    ]);
    expect(data.stated).toEqual([{ partner: { slug: 'region-syddanmark' }, sharedCount: 1, initiatives: [{ slug: 'klimaplan' }] }]);
    expect(data.inferred).toEqual([]);
    expect(data.dgiStated).toEqual([]);
  });

  it('when timeline is asked with a basis, then only events and results of that basis remain and empty years drop out', async () => {
    const data = await ok(`{
      all: timeline { year }
      stated: timeline(basis: STATED) { year events { initiative { slug } evidence { basis } } results { slug } }
      inferred: timeline(basis: INFERRED) { year events { initiative { slug } event evidence { basis } } results { slug } }
    }`);
    expect(data.all.map((year: any) => year.year)).toEqual([2023, 2024, 2025, 2030]);
    const stated = { evidence: { basis: 'STATED' } };
    expect(data.stated).toEqual([
      { year: 2023, events: [{ initiative: { slug: 'klimaplan' }, ...stated }, { initiative: { slug: 'sundhedshus' }, ...stated }], results: [] },
      { year: 2024, events: [{ initiative: { slug: 'fritidsjob' }, ...stated }], results: [] },
      { year: 2030, events: [], results: [{ slug: 'klimaplan-1' }] },
    ]);
    expect(data.inferred).toEqual([
      { year: 2024, events: [], results: [{ slug: 'fritidsjob-1' }] },
      { year: 2025, events: [{ initiative: { slug: 'sundhedshus' }, event: 'Byggeriet begynder', evidence: { basis: 'INFERRED' } }], results: [] },
    ]);
  });
});
