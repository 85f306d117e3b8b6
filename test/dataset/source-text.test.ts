import { normaliseSource, SourceText } from '../../src/dataset/source-text';

describe('SourceText.contains', () => {
  const source = new SourceText('godkendte Billund Kommune i 2023 en ny beskæftigel-\nsesplan. Børne-\nog Familieudvalget\n  mødes   her.');

  it('when a word is split across lines, then the quote finds it joined', () => {
    expect(source.contains('en ny beskæftigelsesplan')).toBe(true);
  });

  it('when the line-end hyphen is a real hyphen, then the quote finds it kept', () => {
    expect(source.contains('Børne- og Familieudvalget')).toBe(true);
  });

  it('when whitespace differs, then it does not matter', () => {
    expect(source.contains('Familieudvalget mødes her.')).toBe(true);
  });

  it('when a word is changed or the case differs, then the quote is not found', () => {
    expect(source.contains('en ny beskæftigelsesstrategi')).toBe(false);
    expect(source.contains('GODKENDTE Billund')).toBe(false);
  });

  it('when the quote is empty, then it is not found', () => {
    expect(source.contains('   ')).toBe(false);
  });

  it('when regex characters appear in a quote, then they are taken literally', () => {
    expect(new SourceText('ca. 350 (ANTAL) + 5').contains('ca. 350 (ANTAL) + 5')).toBe(true);
    expect(new SourceText('ca. 350').contains('ca.*')).toBe(false);
  });
});

describe('normaliseSource', () => {
  it('when lines end with hyphens, then they are marked and whitespace collapses', () => {
    expect(normaliseSource('a-\n  b\n\n c')).toBe('a\u00adb c');
  });
});
