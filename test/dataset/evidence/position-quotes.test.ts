import type { QuoteSite } from '../../../src/dataset/evidence/collect-quotes';
import { findQuote } from '../../../src/text/find-quote';
import type { Passage } from '../../../src/dataset/evidence/passages';
import { positionQuotes } from '../../../src/dataset/evidence/position-quotes';
import { SourceDocument, type DocumentMeta } from '../../../src/dataset/evidence/source-document';

const meta: DocumentMeta = {
  id: 'doc',
  file: 'doc.txt',
  title: 'Prøve',
  publisher: 'Billund Kommune',
  municipalityCode: '0530',
  councilPeriod: '2022–2025',
  edition: '1',
  language: 'da',
};
// Two examples: A on lines 1–4, B on lines 6–8; "fælles mål" stands in both.
const TEXT = ['EKSEMPEL A', 'Kommunen godkendte en ny beskæftigel-', 'sesplan i Børne-', 'og Familieudvalget. Et fælles mål.', '', 'EKSEMPEL B', 'Her står 14-', 'dages ambitionen og et fælles mål.'].join('\n');
const documentOf = (text: string) => new SourceDocument(meta, Buffer.from(text, 'utf8'));
const passage = (document: SourceDocument, initiative: string, first: number, last: number): Passage => ({
  id: `doc/${initiative}`,
  key: `passage:doc/${initiative}`,
  document: 'doc',
  initiative,
  ranges: [{ firstLine: first, lastLine: last, ...document.lineSpan(first, last) }],
  checked: true,
  note: null,
});
const site = (quote: string, initiative?: string): QuoteSite => ({ file: 'x.yaml', entry: initiative ?? 'town', field: 'towns[0]', kind: 'towns', quote, initiative, page: 8 });

describe('findQuote', () => {
  const text = documentOf(TEXT).text;

  it('when a quote joins a word the layout split with a hyphen, then it is found hyphen-joined', () => {
    const [match] = findQuote(text, 'godkendte en ny beskæftigelsesplan');
    expect(match.alignment).toBe('hyphen-joined');
    expect(text.slice(match.start, match.end)).toBe('godkendte en ny beskæftigel-\nsesplan');
  });

  it('when a quote keeps a real hyphen at the end of a line, then it is found exact', () => {
    expect(findQuote(text, 'Børne- og Familieudvalget')).toEqual([expect.objectContaining({ alignment: 'exact' })]);
    expect(findQuote(text, '14-dages ambitionen')).toEqual([expect.objectContaining({ alignment: 'exact' })]);
  });

  it('when a letter differs, then nothing is found (case and spelling are as printed)', () => {
    expect(findQuote(text, 'godkendte en ny Beskæftigelsesplan')).toEqual([]);
    expect(findQuote(text, '   ')).toEqual([]);
  });
});

describe('positionQuotes', () => {
  const document = documentOf(TEXT);
  const passages = [passage(document, 'a', 1, 4), passage(document, 'b', 6, 8)];

  it('when a quote is found once, then it gets start/end in code points, ~30 characters around, its lines and passage', () => {
    const { positioned, problems } = positionQuotes([site('ny beskæftigelsesplan', 'a')], document, passages);
    expect(problems).toEqual([]);
    const [{ position }] = positioned;
    expect(position).toMatchObject({ document: 'doc', firstLine: 2, lastLine: 3, alignment: 'hyphen-joined', passage: 'passage:doc/a' });
    expect([...document.text].slice(position.start, position.end).join('')).toBe('ny beskæftigel-\nsesplan');
    expect(position.prefix).toBe('EKSEMPEL A\nKommunen godkendte en '.slice(-30));
    expect(position.suffix).toHaveLength(30);
    expect(position.evidenceId).toMatch(/^ev-[0-9a-f]{20}$/);
  });

  it('when a quote is found twice, then the example decides which', () => {
    const { positioned, problems } = positionQuotes([site('et fælles mål', 'b')], document, passages);
    expect(problems).toEqual([]);
    expect(positioned[0].position.firstLine).toBe(8);
  });

  it('when a quote is found twice and belongs to no example on its page, then the validator says it cannot tell', () => {
    const { positioned, problems } = positionQuotes([site('fælles mål')], document, passages);
    expect(positioned).toEqual([]);
    expect(problems).toEqual([
      { file: 'x.yaml', entry: 'town', message: 'towns[0]: quote found 2 times (lines 4, 8), not once inside the passages of page 8; the validator cannot tell which: lengthen it: "fælles mål"' },
    ]);
  });

  it('when a quote found twice belongs to no example, then the page of the example printed there decides', () => {
    const { positioned } = positionQuotes([site('fælles mål')], document, passages, new Map([['b', 8]]));
    expect(positioned[0].position.firstLine).toBe(8);
  });

  it('when a quote is not in the source, then it is named', () => {
    const { problems } = positionQuotes([site('en sætning der ikke står der', 'a')], document, passages);
    expect(problems[0].message).toBe('towns[0]: quote not found in the source: "en sætning der ikke står der"');
  });

  it('when a quote has moved to another example, then it is outside its passage and named', () => {
    const { problems } = positionQuotes([site('14-dages ambitionen', 'a')], document, passages);
    expect(problems[0].message).toBe('towns[0]: quote found (line 7) but outside the passage of example "a" in passages.yaml: "14-dages ambitionen"');
  });

  it('when the text moves (a line inserted above), then the quote is positioned again with new offsets and a new evidence id', () => {
    const moved = documentOf(`Forord\n${TEXT}`);
    const before = positionQuotes([site('ny beskæftigelsesplan', 'a')], document, passages).positioned[0].position;
    const after = positionQuotes([site('ny beskæftigelsesplan', 'a')], moved, [passage(moved, 'a', 2, 5)]).positioned[0].position;
    expect(after.start).toBe(before.start + 'Forord\n'.length);
    expect(after.firstLine).toBe(before.firstLine + 1);
    expect(after.evidenceId).not.toBe(before.evidenceId);
    expect(positionQuotes([site('ny beskæftigelsesplan', 'a')], document, passages).positioned[0].position.evidenceId).toBe(before.evidenceId);
  });

  it('when the text has characters outside the BMP, then offsets count code points, not UTF-16 units', () => {
    const emoji = documentOf('🎉 Et fælles mål');
    const { positioned } = positionQuotes([site('fælles mål')], emoji, []);
    expect(positioned[0].position.start).toBe(5);
    expect(positioned[0].position.end).toBe(15);
  });
});
