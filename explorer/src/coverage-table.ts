// The theme × town heat map as a full table: the API's cells, plus what the cells cannot show:
// an "ingen by" column (initiatives of a theme that name no town), an "intet tema" row, and
// totals per theme, per town and in all, each a count of distinct initiatives. Pure.
import type { Coverage } from './queries';

export const NONE = 'none';
export const TOTAL = 'total';

export interface CoverageCellOut {
  row: string;
  column: string;
  initiativeIds: string[];
}

export interface CoverageTable {
  rows: { id: string; label: string }[];
  columns: { id: string; label: string }[];
  /** Keyed `${row}|${column}`; rows and columns include NONE and TOTAL. */
  cells: Map<string, CoverageCellOut>;
}

export function coverageTable(
  coverage: Coverage,
  themesOf: ReadonlyMap<string, readonly string[]>,
  townsOf: ReadonlyMap<string, readonly string[]>,
  labels: { none: { row: string; column: string }; total: string },
): CoverageTable {
  const cells = new Map<string, CoverageCellOut>();
  const put = (row: string, column: string, id: string) => {
    const key = `${row}|${column}`;
    const cell = cells.get(key) ?? { row, column, initiativeIds: [] };
    if (!cell.initiativeIds.includes(id)) cell.initiativeIds.push(id);
    cells.set(key, cell);
  };
  for (const cell of coverage.cells) for (const id of cell.initiativeIds) put(cell.row, cell.column, id);
  const rowIds = new Set(coverage.rows.map((r) => r.id));
  const columnIds = new Set(coverage.columns.map((c) => c.id));
  const all = [...new Set([...themesOf.keys(), ...townsOf.keys()])].sort();
  for (const id of all) {
    const themes = (themesOf.get(id) ?? []).filter((t) => rowIds.has(t));
    const towns = (townsOf.get(id) ?? []).filter((t) => columnIds.has(t));
    const rows = themes.length > 0 ? themes : [NONE];
    const columns = towns.length > 0 ? towns : [NONE];
    for (const row of rows) {
      if (columns[0] === NONE || row === NONE) for (const column of columns) put(row, column, id);
      put(row, TOTAL, id);
    }
    for (const column of columns) put(TOTAL, column, id);
    put(TOTAL, TOTAL, id);
  }
  return {
    rows: [...coverage.rows, { id: NONE, label: labels.none.row }, { id: TOTAL, label: labels.total }],
    columns: [...coverage.columns, { id: NONE, label: labels.none.column }, { id: TOTAL, label: labels.total }],
    cells,
  };
}
