import { NONE, TOTAL, coverageTable } from '../../explorer/src/coverage-table';
import type { Coverage } from '../../explorer/src/queries';

// Four initiatives: a (theme t1, towns x and y), b (t1, no town), c (no theme, town x), d (neither).
const coverage: Coverage = {
  total: 1,
  rows: [{ id: 't1', label: 'T1' }, { id: 't2', label: 'T2' }],
  columns: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }],
  cells: [
    { row: 't1', column: 'x', count: 1, initiativeIds: ['a'] },
    { row: 't1', column: 'y', count: 1, initiativeIds: ['a'] },
  ],
};
const themes = new Map([['a', ['t1']], ['b', ['t1']], ['c', []], ['d', []]]);
const towns = new Map([['a', ['x', 'y']], ['b', []], ['c', ['x']], ['d', []]]);
const labels = { none: { row: 'intet tema', column: 'ingen by' }, total: 'i alt' };

describe('explorer coverage table', () => {
  const table = coverageTable(coverage, themes, towns, labels);
  const ids = (row: string, column: string) => table.cells.get(`${row}|${column}`)?.initiativeIds.sort() ?? [];

  it('when initiatives name no town or no theme, then they are counted in "ingen by" and "intet tema"', () => {
    expect(ids('t1', NONE)).toEqual(['b']);
    expect(ids(NONE, 'x')).toEqual(['c']);
    expect(ids(NONE, NONE)).toEqual(['d']);
    expect(table.rows.map((r) => r.label)).toEqual(['T1', 'T2', 'intet tema', 'i alt']);
    expect(table.columns.map((c) => c.label)).toEqual(['X', 'Y', 'ingen by', 'i alt']);
  });

  it('when totals are counted, then each initiative counts once per row, column and in all', () => {
    expect(ids('t1', TOTAL)).toEqual(['a', 'b']);
    expect(ids(TOTAL, 'x')).toEqual(['a', 'c']);
    expect(ids(TOTAL, TOTAL)).toEqual(['a', 'b', 'c', 'd']);
    expect(ids('t2', TOTAL)).toEqual([]);
  });

  it('when the API has a cell, then it is kept as it is', () => {
    expect(ids('t1', 'x')).toEqual(['a']);
    expect(ids('t1', 'y')).toEqual(['a']);
  });
});
