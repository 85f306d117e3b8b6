import { useMiniGraph } from '../../support/execute';
import { miniPlacesDataset } from '../../fixtures/mini-places-dataset';

// test/fixtures/mini-places-dataset.ts: the venue is written "Hallen i Sdr.Omme" (no space), the town
// "Sønder Omme" with the alias "Sdr. Omme"; klimaplan mentions the hall, sundhedshus happens in the town.
describe('search as a Dane types it, on the mini places fixture', () => {
  const { run } = useMiniGraph(miniPlacesDataset);
  const hits = async (text: string, types = '[PARTNER]') => {
    const { data, errors } = await run(`query($t: String!) { search(text: $t, types: ${types}) { node { id } } }`, { t: text });
    expect(errors).toBeUndefined();
    return data.search.map((hit: any) => hit.node.id);
  };

  it.each(['Sdr.Omme', 'sdr omme', 'Sdr. Omme', 'hallen sdr'])('when "%s" is typed, then the hall written "Sdr.Omme" is found', async (text) => {
    expect(await hits(text)).toEqual(['organisation:hallen-i-sdr-omme']);
  });

  it('when the town\'s full name is typed, then alias expansion finds the hall written with the abbreviation', async () => {
    expect(await hits('sønder omme')).toEqual(['organisation:hallen-i-sdr-omme']);
    expect(await hits('sonder omme', '[TOWN]')).toEqual(['town:soender-omme']);
  });

  it('when initiativesPage is filtered by text, then aliases expand there too', async () => {
    const { data, errors } = await run('{ initiativesPage(filter: { text: "sønder omme" }) { totalCount edges { node { slug } } } }');
    expect(errors).toBeUndefined();
    expect(data.initiativesPage.edges.map((edge: any) => edge.node.slug)).toEqual(['klimaplan', 'sundhedshus']);
  });
});
