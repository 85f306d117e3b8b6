import { parseTableOfContents } from '../../src/dataset/table-of-contents';
import { SourceText } from '../../src/dataset/source-text';

describe('parseTableOfContents (the report)', () => {
  const toc = parseTableOfContents(SourceText.load().raw);

  it('then it finds exactly the 100 examples, numbered 1..100', () => {
    expect(toc).toHaveLength(100);
    expect(toc.map((e) => e.number)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('then the columns are in page order, from page 8 to page 65', () => {
    const pages = toc.map((e) => e.page);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(toc[0]).toEqual({ number: 1, title: 'Succesfuld beskæftigelsesindsats', page: 8 });
    expect(toc[99]).toEqual({ number: 100, title: 'Borgeren ved roret', page: 65 });
  });

  it('then titles wrapped onto two lines are joined', () => {
    expect(toc.find((e) => e.number === 89)).toEqual({
      number: 89,
      title: 'Synliggørelse af Billund Kommune og Børnenes Hovedstad',
      page: 59,
    });
  });

  it('then the sections that are not examples are left out', () => {
    expect(toc.map((e) => e.title)).not.toContain('Forord');
    expect(toc.map((e) => e.title)).not.toContain('Tre anbefalinger til fremtiden');
  });
});
