import { themeScorecard } from '../../../src/graph/results-chain/theme-scorecard';
import type { ScorecardResultRow } from '../../../src/graph/results-chain/results-chain.repository';

const r = (over: Partial<ScorecardResultRow>): ScorecardResultRow => ({
  level: 'leverance', kind: 'measured', supportGrade: 1, value: null, year: null, periodFrom: null, periodTo: null, ...over,
});
const initiative = (id: string, basis: 'STATED' | 'INFERRED', results: ScorecardResultRow[]) => ({ initiative: { key: `initiative:${id}`, id, title: id }, labels: ['Initiative'], basis, results });

describe('themeScorecard', () => {
  it('when a theme has results, then they are counted per level, kind and grade, with shares and the years they cover', () => {
    const card = themeScorecard({
      theme: { key: 'theme:t', id: 't', name: 'T' },
      labels: ['Theme'],
      initiatives: [
        initiative('i', 'STATED', [r({ value: 3, year: 2024 }), r({ level: 'virkning', kind: 'target', supportGrade: 0, periodFrom: 2020, periodTo: 2022 })]),
        initiative('j', 'INFERRED', [r({ level: 'resultat', kind: 'achievement', supportGrade: 3, year: 2024 }), r({ supportGrade: 4, value: 0 })]),
        initiative('k', 'INFERRED', []),
      ],
    });
    expect(card).toMatchObject({ initiatives: 3, statedLinks: 1, inferredLinks: 2, results: 4, withFigure: 2, withFigureShare: 0.5, supportAtLeast3: 2, supportAtLeast3Share: 0.5 });
    expect(card.byLevel.map((l) => l.count)).toEqual([0, 2, 1, 1]);
    expect(card.byKind.map((k) => k.count)).toEqual([2, 1, 1, 0]);
    expect(card.bySupport.map((s) => s.count)).toEqual([1, 1, 0, 1, 1]);
    expect(card.years).toEqual([2020, 2021, 2022, 2024]);
    expect(card.initiativesWithoutResult.map((i) => i.slug)).toEqual(['k']);
  });

  it('when a theme has no results, then shares are 0, not NaN', () => {
    const card = themeScorecard({ theme: { key: 'theme:t', id: 't', name: 'T' }, labels: ['Theme'], initiatives: [] });
    expect(card).toMatchObject({ results: 0, withFigureShare: 0, supportAtLeast3Share: 0, years: [] });
  });
});
