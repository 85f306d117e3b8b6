import { searchForms } from '../../src/text/search-forms';

describe('searchForms', () => {
  it('when an abbreviation is run together with a dot, then the split form is indexed too', () => {
    expect(searchForms('Multihallen i Sdr.Omme').split(' | ')).toEqual(['multihallen i sdr.omme', 'multihallen i sdr omme', 'multihallen i sdromme']);
  });

  it('when a word is broken across lines, then the joined word is indexed', () => {
    expect(searchForms('Grindsted Badmin- tonklub')).toContain('grindsted badmintonklub');
    expect(searchForms('Grind- sted')).toContain('grindsted');
  });

  it('when a hyphen is a real elision before "og", then it is not joined', () => {
    expect(searchForms('Børne- og Familieudvalget')).toBe('borne- og familieudvalget');
  });

  it('when a compound is written with a hyphen, then both its parts and the joined word are indexed', () => {
    const forms = searchForms('GRAND-Seniorhuset').split(' | ');
    expect(forms).toEqual(['grand-seniorhuset', 'grand seniorhuset', 'grandseniorhuset']);
  });

  it('when the text has nothing to heal, then it is only folded', () => {
    expect(searchForms('Sønder Omme')).toBe('sonder omme');
  });
});
