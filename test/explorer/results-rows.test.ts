import { NO_FILTERS, buildOutline, countResults, danishNumber, describeFilters, evidenceGroups, figureText, filterOutline, levelCounts, spreadsheetNumber, type OutlineFilters } from '../../explorer/src/results-rows';
import { chainAnswer } from './results-chain-fixture';

const outline = () => {
  const built = buildOutline(chainAnswer());
  if (!built) throw new Error('the fixture has a theme');
  return built;
};
const filters = (change: Partial<OutlineFilters>): OutlineFilters => ({ ...NO_FILTERS, ...change });
const shownIds = (change: Partial<OutlineFilters>) =>
  filterOutline(outline(), filters(change)).map((initiative) => [initiative.number, initiative.results.map((result) => result.id)]);

describe('outline rows of a resultsChain answer', () => {
  it('when built, then initiatives come in the report order and results from leverance up to virkning', () => {
    const built = outline();
    expect(built.theme).toEqual({ id: 'theme:rettidig-velfaerd', label: 'Rettidig Velfærd' });
    expect(built.initiatives.map((initiative) => initiative.number)).toEqual([12, 21, 40]);
    expect(built.initiatives[1].results.map((result) => result.level)).toEqual(['LEVERANCE', 'RESULTAT']);
    expect(countResults(built.initiatives)).toBe(3);
  });

  it('when a result has a figure, then it reads in Danish notation with unit and year', () => {
    const [evaluated, fritidsjob] = outline().initiatives;
    expect(fritidsjob.results[0].figure).toBe('66 fritidsjob (2024)');
    expect(evaluated.results[0]).toMatchObject({ figure: '3,9 point (2023)', baseline: '3,2 point (2021)', target: '1.250,5 m²', period: '2021–2023' });
    expect(fritidsjob.results[1].figure).toBeNull();
  });

  it('when a result is built, then its own quote and each classification come as labelled evidence with basis', () => {
    const fritidsjob = outline().initiatives[1].results[0];
    expect(fritidsjob.quote).toMatchObject({ basis: 'STATED', quote: 'hvoraf de ved udgangen af 2024 havde etableret 66 fritidsjob', page: 21 });
    expect(fritidsjob.evidence.map((item) => [item.label, item.basis])).toEqual([
      ['Resultatet', 'STATED'],
      ['Niveau', 'INFERRED'],
      ['Art', 'STATED'],
      ['Støtte', 'INFERRED'],
    ]);
    expect(fritidsjob.evidence[1].rationale).toBe('Antal job er en leverance.');
    expect(fritidsjob).toMatchObject({ levelBasis: 'INFERRED', support: { grade: 1, source: 'OWN_FIGURE', basis: 'INFERRED' }, indicator: 'antal etablerede fritidsjob' });
  });

  it('when several classifications quote the same words, then the quote is told once with each label, basis and reason', () => {
    const groups = evidenceGroups([
      { label: 'Resultatet', basis: 'STATED', quote: 'havde etableret 66 fritidsjob', page: 21, rationale: null },
      { label: 'Niveau', basis: 'INFERRED', quote: 'havde etableret 66 fritidsjob', page: 21, rationale: 'En leverance.' },
      { label: 'Støtte', basis: 'INFERRED', quote: 'kommunens egen opgørelse', page: 21, rationale: 'Eget tal.' },
      { label: 'Art', basis: 'STATED', quote: 'havde etableret 66 fritidsjob', page: 22, rationale: null },
    ]);
    expect(groups.map((group) => [group.quote, group.page, group.entries.map((entry) => `${entry.label}:${entry.basis}`)])).toEqual([
      ['havde etableret 66 fritidsjob', 21, ['Resultatet:STATED', 'Niveau:INFERRED']],
      ['kommunens egen opgørelse', 21, ['Støtte:INFERRED']],
      ['havde etableret 66 fritidsjob', 22, ['Art:STATED']],
    ]);
    expect(groups[0].entries[1].rationale).toBe('En leverance.');
  });

  it('when the answer has no theme, then there is no outline', () => {
    expect(buildOutline({ strategy: { id: 's', label: 'S' }, themes: [] })).toBeNull();
  });

  it('when results are counted per level, then each level and no other is counted', () => {
    expect([...levelCounts(outline())].sort()).toEqual([
      ['LEVERANCE', 1],
      ['RESULTAT', 1],
      ['VIRKNING', 1],
    ]);
  });
});

describe('outline filters', () => {
  it('when no filter is set, then everything shows, the initiative without a result included', () => {
    expect(shownIds({})).toEqual([
      [12, ['result:trivsel']],
      [21, ['result:fritidsjob-66', 'result:fritidsjob-tilbagemeldinger']],
      [40, []],
    ]);
  });

  it('when levels are chosen, then only their results show, and initiatives without a result step aside', () => {
    expect(shownIds({ levels: ['LEVERANCE', 'VIRKNING'] })).toEqual([
      [12, ['result:trivsel']],
      [21, ['result:fritidsjob-66']],
    ]);
  });

  it('when a minimum support is chosen, then weaker results are left out', () => {
    expect(shownIds({ minSupport: 1 })).toEqual([
      [12, ['result:trivsel']],
      [21, ['result:fritidsjob-66']],
    ]);
    expect(shownIds({ minSupport: 3 })).toEqual([[12, ['result:trivsel']]]);
    expect(shownIds({ minSupport: 4 })).toEqual([]);
  });

  it('when basis STATED is chosen, then only paths whose links are all stated remain; INFERRED shows the rest', () => {
    expect(shownIds({ basis: 'STATED' })).toEqual([[12, ['result:trivsel']]]);
    expect(shownIds({ basis: 'INFERRED' })).toEqual([
      [21, ['result:fritidsjob-66', 'result:fritidsjob-tilbagemeldinger']],
      [40, []],
    ]);
  });

  it('when a gap of the initiative is chosen, then initiatives are filtered; a gap of a result filters results', () => {
    expect(shownIds({ gap: 'NO_RESULT' })).toEqual([[40, []]]);
    expect(shownIds({ gap: 'INFERRED_THEME_LINK' })).toEqual([
      [21, ['result:fritidsjob-66', 'result:fritidsjob-tilbagemeldinger']],
      [40, []],
    ]);
    expect(shownIds({ gap: 'NO_FIGURE' })).toEqual([[21, ['result:fritidsjob-tilbagemeldinger']]]);
    expect(shownIds({ gap: 'ASSERTION_ONLY', levels: ['LEVERANCE'] })).toEqual([]);
  });

  it('when filtered, then the outline it came from is left as it was', () => {
    const built = outline();
    filterOutline(built, filters({ levels: ['VIRKNING'] }));
    expect(countResults(built.initiatives)).toBe(3);
  });

  it('when filters are set, then they are described in words for print', () => {
    expect(describeFilters(NO_FILTERS)).toBe('');
    expect(describeFilters(filters({ levels: ['RESULTAT', 'VIRKNING'], minSupport: 3, basis: 'STATED', gap: 'NO_FIGURE' }))).toBe(
      'Filtre: Niveau: Resultat, Virkning · Støtte mindst 3 (navngiven evaluering eller ekstern måling) · Grundlag: Kun kæder, rapporten angiver · Mangler: Intet tal',
    );
  });
});

describe('Danish numbers', () => {
  it('when shown, then thousands get dots and decimals a comma; percent takes a space', () => {
    expect(danishNumber(1250.5)).toBe('1.250,5');
    expect(danishNumber(0.25)).toBe('0,25');
    expect(figureText(45, '%', null)).toBe('45 %');
    expect(figureText(null, 'unge', 2024)).toBeNull();
    expect(figureText(1_700_000, 'overnatninger', 2024)).toBe('1,7 mio. overnatninger (2024)');
    expect(figureText(2_900_000_000, 'kr', null)).toBe('2,9 mia. kr');
    expect(figureText(999_999, null, null)).toBe('999.999');
  });

  it('when written for a spreadsheet, then the decimal comma stays and the thousands dots go', () => {
    expect(spreadsheetNumber(1250.5)).toBe('1250,5');
    expect(spreadsheetNumber(3)).toBe('3');
    expect(spreadsheetNumber(2_900_000_000)).toBe('2900000000');
    expect(spreadsheetNumber(null)).toBe('');
  });
});
