import { collectQuotes } from '../../../src/dataset/evidence/collect-quotes';
import { passageHolds } from '../../../src/dataset/evidence/passages';
import { passageText, readSources } from '../../../src/dataset/evidence/sources';
import { assembleDataset, readRawDataset } from '../../../src/dataset/read-dataset';
import { findQuote } from '../../../src/text/find-quote';

const sources = readSources();
const dataset = assembleDataset(readRawDataset());
const document = [...sources.documents.values()][0];
const order = (id: string) => dataset.initiatives.find((i) => i.entry.id === id)!.entry.number;
const lines = (id: string) => sources.passages.find((p) => p.initiative === id)?.ranges.map((r) => [r.firstLine, r.lastLine]);

describe('passages of the examples (seed/passages.yaml)', () => {
  it('when the sources are read, then there is one passage for each of the 100 examples and no problem', () => {
    expect(sources.problems).toEqual([]);
    expect(new Set(sources.passages.map((p) => p.initiative))).toEqual(new Set(dataset.initiatives.map((i) => i.entry.id)));
    expect(sources.passages).toHaveLength(100);
  });

  it('when any quote of an initiative is looked up, then it lies in one of the ranges of its passage', () => {
    const outside = collectQuotes(dataset)
      .filter((site) => site.initiative)
      .filter((site) => {
        const passage = sources.passages.find((p) => p.initiative === site.initiative)!;
        return !findQuote(document.text, site.quote).some((m) => passageHolds(passage, m.start, m.end));
      })
      .map((site) => `${site.initiative} ${site.field}`);
    expect(outside).toEqual([]);
  });

  it('when an example\'s title is looked up in capitals, then it stands in its passage (three are printed in another spelling)', () => {
    const headingless = dataset.initiatives
      .filter(({ entry }) => {
        const passage = sources.passages.find((p) => p.initiative === entry.id)!;
        return !findQuote(document.text, entry.title.toUpperCase()).some((m) => passageHolds(passage, m.start, m.end));
      })
      .map(({ entry }) => entry.id);
    // The report prints AKTIVITETSCENTRE, NIKOTINFOREBYGGELSE and BO-LINDGÅRDEN.
    expect(headingless).toEqual(['nikotinfoforebyggelse-blandt-boern-og-unge', 'bolindegaarden', 'harmonisering-af-aktivitetcentre'].sort((a, b) => order(a) - order(b)));
  });

  // Hand-checked against the text, line by line: the layouts that a rule gets wrong.
  it.each([
    ['succesfuld-beskaeftigelsesindsats', 'its number between body and fact box; the box runs on into the heading line of the next spread', [[328, 397]]],
    ['virksomhedsnetvaerket', 'heading and number after the body', [[282, 327]]],
    ['attraktive-bymidter', 'headings and numbers shared with example 4; fact boxes after 4', [[398, 460], [516, 536]]],
    ['cykel-og-vandrestier', 'heading and number lines shared with example 3; box heading after its items', [[398, 400], [462, 514], [538, 546]]],
    ['grindstedforureningen', 'town-profile headings follow without a blank line', [[676, 693]]],
    ['byprofiler-og-attraktive-lokalsamfund', 'the duplicated Vorbasse box (830–852) left out', [[694, 829], [853, 947]]],
    ['indkoebspejlemaerker', 'heading after the body', [[1313, 1327], [1329, 1330]]],
    ['et-fritidsjob-til-forskel', 'body after the fact box of example 20, then its CASE box', [[1331, 1331], [1407, 1486]]],
    ['nye-rammer-for-faellesskab-og-stoette-til-aeldre', 'interleaved with 27; timeline; box far from its heading', [[1598, 1599], [1603, 1632], [1674, 1763], [1786, 1789]]],
    ['grindsted-retailpark', 'between the two halves of example 26; its number below the shared heading', [[1598, 1601], [1634, 1672]]],
    ['opgradering-af-fritidsfaciliteter', 'the heading strip shared with 69, after its body', [[2996, 3010], [3042, 3050]]],
    ['partnerskab-med-dansk-industri', 'the heading strip shared with 68', [[3012, 3040], [3042, 3050]]],
  ])('when the passage of %s is read (%s), then it has the hand-checked ranges', (id, _why, expected) => {
    expect(lines(id)).toEqual(expected);
  });

  it('when the Vorbasse vision is looked up in the passage of the town profiles, then it is there once', () => {
    const text = passageText(sources, 'byprofiler-og-attraktive-lokalsamfund')!;
    expect(text.split('FREMTIDSVISIONEN FOR VORBASSE')).toHaveLength(2);
    expect(document.text.split('FREMTIDSVISIONEN FOR VORBASSE')).toHaveLength(3);
  });

  it('when passageText is asked for an example, then it gives the ranges in order, a blank line between them', () => {
    const text = passageText(sources, 'grindsted-retailpark')!;
    expect(text.startsWith(' NYE RAMMER FOR FÆLLESSKAB \nOG STØTTE TIL ÆLDRE GRINDSTED RETAILPARK \n\n27\n\nGrindsted er i gang')).toBe(true);
    expect(text).toContain('Antal jobs');
    expect(text).not.toContain('Ældreplejen i Billund Kommune');
    expect(passageText(sources, 'no-such-example')).toBeUndefined();
  });
});
