import { buildCoverage, coverageCellQuery, Dimension, groupCounts, type InitiativeDimensions } from '../../../src/graph/analysis/coverage';

const v = (id: string, label: string) => ({ id, label });
const staerk = v('theme:staerke-byer', 'Stærke Byer');
const velfaerd = v('theme:rettidig-velfaerd', 'Rettidig Velfærd');
const grindsted = v('town:grindsted', 'Grindsted');
const billund = v('town:billund', 'Billund');
const y2023 = v('year:2023', '2023');
const y2024 = v('year:2024', '2024');
const y987 = v('year:987', '987');

const initiative = (id: string, values: Partial<Omit<InitiativeDimensions, 'initiative'>>): InitiativeDimensions => ({
  initiative: `initiative:${id}`,
  themes: [],
  towns: [],
  townsTouched: [],
  committees: [],
  years: [],
  partnerTypes: [],
  ...values,
});

const data: InitiativeDimensions[] = [
  initiative('a', { themes: [staerk], towns: [grindsted], years: [y2023, y2023] }),
  initiative('b', { themes: [velfaerd], towns: [grindsted, billund], years: [y2024] }),
  initiative('c', { themes: [velfaerd] }), // no town: in the rows, in no cell
  initiative('d', { towns: [billund], years: [y987] }), // no theme
];

describe('buildCoverage (pure)', () => {
  it('when ids are not wanted (the load stores counts), then the same cells and counts come with no ids', () => {
    const withIds = buildCoverage(data, Dimension.THEME, Dimension.TOWN);
    const counts = buildCoverage(data, Dimension.THEME, Dimension.TOWN, false);
    expect(counts.cells).toEqual(withIds.cells.map((cell) => ({ ...cell, initiativeIds: [] })));
    expect({ ...counts, cells: [] }).toEqual({ ...withIds, cells: [] });
  });

  it('when crossing themes with towns, then only non-empty cells appear, in sorted row and column order', () => {
    const matrix = buildCoverage(data, Dimension.THEME, Dimension.TOWN);
    expect(matrix.rows).toEqual([velfaerd, staerk]);
    expect(matrix.columns).toEqual([billund, grindsted]);
    expect(matrix.cells).toEqual([
      { row: velfaerd.id, column: billund.id, count: 1, initiativeIds: ['initiative:b'] },
      { row: velfaerd.id, column: grindsted.id, count: 1, initiativeIds: ['initiative:b'] },
      { row: staerk.id, column: grindsted.id, count: 1, initiativeIds: ['initiative:a'] },
    ]);
    expect(matrix.total).toBe(2); // a and b; b is in two cells but counted once
  });

  it('when an initiative repeats a value, then it is counted once in that cell', () => {
    const matrix = buildCoverage(data, Dimension.YEAR, Dimension.THEME);
    expect(matrix.cells).toEqual([
      { row: y2023.id, column: staerk.id, count: 1, initiativeIds: ['initiative:a'] },
      { row: y2024.id, column: velfaerd.id, count: 1, initiativeIds: ['initiative:b'] },
    ]);
  });

  it('when rows are years, then they sort numerically, not as text', () => {
    expect(buildCoverage(data, Dimension.YEAR, Dimension.TOWN).rows).toEqual([y987, y2023, y2024]);
  });

  it('when the dimensions are swapped, then the cells are transposed and the total is the same', () => {
    const a = buildCoverage(data, Dimension.THEME, Dimension.TOWN);
    const b = buildCoverage(data, Dimension.TOWN, Dimension.THEME);
    expect(b.total).toBe(a.total);
    const flip = (cells: typeof a.cells) => cells.map((c) => `${c.column}|${c.row}|${c.initiativeIds.join()}`).sort();
    expect(b.cells.map((c) => `${c.row}|${c.column}|${c.initiativeIds.join()}`).sort()).toEqual(flip(a.cells));
  });

  it('when several initiatives share a cell, then count and ids follow input order', () => {
    const matrix = buildCoverage(
      [initiative('x', { themes: [staerk], towns: [grindsted] }), initiative('y', { themes: [staerk], towns: [grindsted] })],
      Dimension.THEME,
      Dimension.TOWN,
    );
    expect(matrix.cells).toEqual([{ row: staerk.id, column: grindsted.id, count: 2, initiativeIds: ['initiative:x', 'initiative:y'] }]);
    expect(matrix.total).toBe(2);
  });

  it('when there are no initiatives, then the matrix is empty', () => {
    expect(buildCoverage([], Dimension.COMMITTEE, Dimension.PARTNER_TYPE)).toEqual({ rows: [], columns: [], cells: [], total: 0 });
  });
});

describe('groupCounts', () => {
  const initiatives = [
    initiative('a', { towns: [grindsted, billund], years: [y2024, y2023, y2024] }),
    initiative('b', { towns: [grindsted], years: [y2023] }),
    initiative('c', { towns: [billund], years: [y987] }),
  ];

  it('when counted, then each initiative counts once per value, most first and ties by label', () => {
    expect(groupCounts(initiatives, Dimension.YEAR, null).map((g) => [g.value.label, g.count, g.initiativeIds])).toEqual([
      ['2023', 2, ['initiative:a', 'initiative:b']],
      ['987', 1, ['initiative:c']],
      ['2024', 1, ['initiative:a']],
    ]);
  });

  it('when counted by value, then labels are in numeric order', () => {
    expect(groupCounts(initiatives, Dimension.YEAR, null, true).map((g) => g.value.label)).toEqual(['987', '2023', '2024']);
  });

  it('when keys are given, then only those initiatives count', () => {
    expect(groupCounts(initiatives, Dimension.TOWN, ['initiative:b', 'initiative:c']).map((g) => [g.value.label, g.count])).toEqual([
      ['Billund', 1],
      ['Grindsted', 1],
    ]);
  });
});

describe('coverageCellQuery', () => {
  it('when a cell crosses a theme with a town, then its read starts from the town (the narrower value), whichever is the row', () => {
    const asRow = coverageCellQuery(Dimension.THEME, 'theme:a', Dimension.TOWN, 'town:x', 0, 100);
    const asColumn = coverageCellQuery(Dimension.TOWN, 'town:x', Dimension.THEME, 'theme:a', 0, 100);
    const expected = { start: Dimension.TOWN, startValue: 'town:x', check: Dimension.THEME, checkValue: 'theme:a', offset: 0, first: 100 };
    expect(asRow).toEqual(expected);
    expect(asColumn).toEqual(expected);
  });

  it('when a cell crosses a committee with a year, then it starts from the committee and keeps the page', () => {
    expect(coverageCellQuery(Dimension.YEAR, 'year:2024', Dimension.COMMITTEE, 'committee:c', 20, 10)).toEqual({
      start: Dimension.COMMITTEE, startValue: 'committee:c', check: Dimension.YEAR, checkValue: 'year:2024', offset: 20, first: 10,
    });
  });
});
