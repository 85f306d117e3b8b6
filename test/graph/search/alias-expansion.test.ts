import { expandAliases, spellingKey } from '../../../src/graph/search/alias-expansion';
import { anyOfQuery } from '../../../src/graph/search/lucene-query';

const SOENDER_OMME = ['Sønder Omme', 'Sdr. Omme', 'Sdr.Omme'];
const JOBCENTRET = ['Jobcentret', 'Jobcenter Billund'];

describe('expandAliases', () => {
  it('when the text is one spelling of an entity, then its other spellings are searched too, the typed text first', () => {
    expect(expandAliases('sønder omme', [SOENDER_OMME, JOBCENTRET])).toEqual(['sonder omme', 'sdr omme']);
  });

  it('when the spelling sits inside a longer text, then only that part is replaced', () => {
    expect(expandAliases('skole i Sdr.Omme', [SOENDER_OMME])).toEqual(['skole i sdr omme', 'skole i sonder omme']);
  });

  it('when a spelling is only part of a word, then nothing is expanded', () => {
    expect(expandAliases('jobcentrets', [JOBCENTRET])).toEqual(['jobcentrets']);
  });

  it('when a text names many entities, then the texts are capped', () => {
    const groups = Array.from({ length: 20 }, (_, i) => [`navn${i}`, `alias${i}`]);
    const text = groups.map((group) => group[0]).join(' ');
    expect(expandAliases(text, groups)).toHaveLength(8);
  });

  it('when spellings differ only in punctuation and case, then they are one key', () => {
    expect(spellingKey('Sdr.Omme')).toBe(spellingKey('sdr. omme'));
  });
});

describe('anyOfQuery', () => {
  it('when there are several texts, then each is one AND group and any group may match', () => {
    expect(anyOfQuery(['sdr omme', 'sonder omme'])).toBe(
      '((sdr OR sdr*) AND (omme OR omme*)) OR ((sonder OR sonder* OR sonder~1) AND (omme OR omme*))',
    );
  });

  it('when there is one text, then it is the plain query', () => {
    expect(anyOfQuery(['sdr omme'])).toBe('(sdr OR sdr*) AND (omme OR omme*)');
    expect(anyOfQuery([' ?! '])).toBeNull();
  });
});
