import { useMiniGraph } from '../../support/execute';
import { miniPlacesDataset } from '../../fixtures/mini-places-dataset';

// Answers worked out on paper from test/fixtures/mini-places-dataset.ts (4 initiatives):
//   TOWN          grindsted #1 #2; billund #2; soender-omme #3; hejnsvig #4; filskov #4
//   TOWN_TOUCHED  adds soender-omme to #1 (the hall it mentions) and filskov to #2 (Filskov Skole runs it)
//   YEAR          2023 #1 #3; 2024 #2; 2025 #3
//   PARTNER_TYPE  company (kirkbi) #1 #2 #4; association (dgi, dgi-sydvest) #2 #4; region #1 #3
describe('countsBy on the mini places fixture', () => {
  const { run } = useMiniGraph(miniPlacesDataset);

  const counts = async (dimension: string, filter: Record<string, unknown> = {}, byValue = false) => {
    const { data, errors } = await run(
      `query($d: Dimension!, $f: InitiativeFilter, $v: Boolean) {
        initiativesPage(filter: $f, first: 1) { totalCount edges { node { slug } } countsBy(dimension: $d, byValue: $v) { value { id value label } count initiativeIds } }
      }`,
      { d: dimension, f: filter, v: byValue },
    );
    expect(errors).toBeUndefined();
    return data.initiativesPage;
  };
  const short = (page: any) => page.countsBy.map((group: any) => `${group.value.label}:${group.count}`);

  it('when initiatives are counted per town, then all of them count, not only the page, most first and ties by label', async () => {
    const page = await counts('TOWN');
    expect(page.totalCount).toBe(4);
    expect(page.edges).toHaveLength(1);
    expect(short(page)).toEqual(['Grindsted:2', 'Billund:1', 'Filskov:1', 'Hejnsvig:1', 'Sønder Omme:1']);
    expect(page.countsBy[0]).toEqual({
      value: { id: 'dimension-value:town:grindsted', value: 'town:grindsted', label: 'Grindsted' },
      count: 2,
      initiativeIds: ['initiative:klimaplan', 'initiative:fritidsjob'],
    });
  });

  it('when counted per town touched, then bodies located in a town add their initiatives to it', async () => {
    expect(short(await counts('TOWN_TOUCHED'))).toEqual(['Filskov:2', 'Grindsted:2', 'Sønder Omme:2', 'Billund:1', 'Hejnsvig:1']);
  });

  it('when counted per year by value, then years come in ascending order', async () => {
    expect(short(await counts('YEAR', {}, true))).toEqual(['2023:2', '2024:1', '2025:1']);
  });

  it('when counted per partner type and committee, then each initiative counts once per value', async () => {
    expect(short(await counts('PARTNER_TYPE'))).toEqual(['company:3', 'association:2', 'region:2']);
    expect(short(await counts('COMMITTEE'))).toEqual(['Kommunalbestyrelsen:1']);
  });

  it('when a filter is given, then the counts are over the filtered initiatives only', async () => {
    const page = await counts('TOWN', { themes: ['rettidig-velfaerd'] });
    expect(page.totalCount).toBe(2);
    expect(short(page)).toEqual(['Billund:1', 'Grindsted:1', 'Sønder Omme:1']);
  });
});
