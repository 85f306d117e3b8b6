import { foldDanish } from '../../../src/text/fold-danish';
import { markSnippet, passageOffset, snippetOf } from '../../../src/graph/evidence/passage-text';
import type { PassageRow } from '../../../src/graph/evidence/evidence.rows';

const passage: PassageRow = {
  key: 'passage:d/x',
  document: 'd',
  initiative: 'x',
  page: 1,
  // two ranges of the document: [100, 110) and [200, 205); the text joins them with a blank line
  ranges: [
    { start: 100, end: 110, firstLine: 5, lastLine: 5 },
    { start: 200, end: 205, firstLine: 9, lastLine: 9 },
  ],
  text: '0123456789\n\nabcde',
  checked: true,
  note: null,
};

describe('passageOffset', () => {
  it('when a span lies in the first range, then its offset is counted from the range start', () => {
    expect(passageOffset(passage, 102, 105)).toEqual({ start: 2, end: 5 });
  });
  it('when a span lies in the second range, then the first range and the blank line come before it', () => {
    expect(passageOffset(passage, 201, 204)).toEqual({ start: 13, end: 16 });
    expect(passage.text.slice(13, 16)).toBe('bcd');
  });
  it('when a span crosses two ranges or lies outside, then it has no offset', () => {
    expect(passageOffset(passage, 108, 202)).toBeNull();
    expect(passageOffset(passage, 50, 60)).toBeNull();
  });
});

describe('snippetOf', () => {
  it('when a folded query word starts a word of the text, then the whole word is highlighted', () => {
    const { snippet, highlights } = snippetOf('Borgerne i Sønder Omme får et sundhedshus.', ['sonder'], foldDanish);
    expect(highlights).toHaveLength(1);
    expect(snippet.slice(highlights[0].start, highlights[0].end)).toBe('Sønder');
    expect(markSnippet(snippet, highlights)).toBe('Borgerne i «Sønder» Omme får et sundhedshus.');
  });
  it('when the match is far into a long text, then the snippet is cut around it with ellipses and whitespace collapsed', () => {
    const text = `${'ord '.repeat(100)}fritidsjob\nfor unge ${'mere '.repeat(100)}`;
    const { snippet, highlights } = snippetOf(text, ['fritidsjob'], foldDanish, 60);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('fritidsjob for unge');
    expect(snippet.slice(highlights[0].start, highlights[0].end)).toBe('fritidsjob');
  });
});
