import { spellingsQuery, luceneQuery } from '../../../src/graph/search/lucene-query';

describe('luceneQuery', () => {
  it('when a word is typed, then it matches as typed, as prefix, with one typo, and folded', () => {
    expect(luceneQuery('Sønder')).toBe('(sønder OR sønder* OR sønder~1 OR sonder OR sonder* OR sonder~1)');
  });

  it('when several words are typed, then all must match', () => {
    expect(luceneQuery('sdr omme')).toBe('(sdr OR sdr*) AND (omme OR omme*)');
  });

  it('when Lucene syntax is typed, then it is split away and can never change the query', () => {
    expect(luceneQuery('title:"x" OR *:* ~ (a) \\')).toBe('(title OR title* OR title~1) AND (x) AND (or) AND (a)');
  });

  it('when nothing searchable is typed, then there is no query', () => {
    expect(luceneQuery(' ?! ')).toBeNull();
  });
});

describe('spellingsQuery', () => {
  it('when words are typed, then any of them, folded and as whole words, is looked for among the folded spellings', () => {
    expect(spellingsQuery('Sønder Omme')).toBe('folded:(sonder OR omme)');
    expect(spellingsQuery('Sdr.Omme sdr')).toBe('folded:(sdr OR omme)');
  });

  it('when nothing searchable is typed, then there is no query', () => {
    expect(spellingsQuery(' ?! ')).toBeNull();
  });
});
