import { countOf, linkName, enumName, num, setLang, LINK_TYPES } from '../../explorer/src/i18n';

describe('explorer language', () => {
  afterEach(() => setLang('da'));

  it('when nothing is chosen, then relationship types, counts and numbers are Danish', () => {
    expect(linkName('WITH_PARTNER')).toBe('samarbejdspartner');
    expect(linkName('IN_TOWN')).toBe('i byen');
    expect(linkName('DECIDED_BY')).toBe('besluttet af');
    expect(linkName('MENTIONS')).toBe('nævner');
    expect(countOf('Initiative', 12)).toBe('12 initiativer');
    expect(countOf('Initiative', 1)).toBe('1 initiativ');
    expect(num(1234.5)).toBe('1.234,5');
    expect(enumName('ONGOING')).toBe('i gang');
  });

  it('when English is chosen, then the same words come in English', () => {
    setLang('en');
    expect(linkName('IN_TOWN')).toBe('in the town');
    expect(countOf('Town', 7)).toBe('7 towns');
    expect(num(1234.5)).toBe('1,234.5');
  });

  it('when a relationship type is unknown, then it is made readable rather than shown as a code', () => {
    expect(linkName('FUNDED_BY')).toBe('funded by');
    expect(LINK_TYPES.every((type) => linkName(type) !== type)).toBe(true);
  });
});
