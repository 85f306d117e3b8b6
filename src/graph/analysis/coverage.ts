/**
 * Builds a coverage matrix (how many initiatives sit at each combination of two dimensions) from
 * the per-initiative dimension values that cypher/analysis/coverage.cypher returns. Pure: no database.
 */

export enum Dimension {
  THEME = 'THEME',
  TOWN = 'TOWN',
  TOWN_TOUCHED = 'TOWN_TOUCHED',
  COMMITTEE = 'COMMITTEE',
  YEAR = 'YEAR',
  PARTNER_TYPE = 'PARTNER_TYPE',
}

export interface DimensionValueData {
  id: string;
  label: string;
}

/** One initiative and its values on every dimension (a value may repeat; it is counted once). */
export interface InitiativeDimensions {
  initiative: string;
  themes: DimensionValueData[];
  towns: DimensionValueData[];
  townsTouched: DimensionValueData[];
  committees: DimensionValueData[];
  years: DimensionValueData[];
  partnerTypes: DimensionValueData[];
}

export interface CoverageCellData {
  row: string;
  column: string;
  count: number;
  initiativeIds: string[];
}

export interface CoverageMatrixData {
  rows: DimensionValueData[];
  columns: DimensionValueData[];
  cells: CoverageCellData[];
  total: number;
}

const FIELD: Record<Dimension, Exclude<keyof InitiativeDimensions, 'initiative'>> = {
  [Dimension.THEME]: 'themes',
  [Dimension.TOWN]: 'towns',
  [Dimension.TOWN_TOUCHED]: 'townsTouched',
  [Dimension.COMMITTEE]: 'committees',
  [Dimension.YEAR]: 'years',
  [Dimension.PARTNER_TYPE]: 'partnerTypes',
};

// One collator for every comparison: localeCompare with a locale builds one per call, and the load
// sorts the values of 30 matrices (tens of thousands of towns at ×1000).
const DANISH = new Intl.Collator('da', { numeric: true });
const byLabel = (a: DimensionValueData, b: DimensionValueData) => DANISH.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function distinct(values: DimensionValueData[]): DimensionValueData[] {
  const seen = new Map<string, DimensionValueData>();
  for (const value of values) if (!seen.has(value.id)) seen.set(value.id, value);
  return [...seen.values()];
}

/**
 * `rows` and `columns` list every value that some initiative has on that dimension (so a row may
 * have no non-empty cell when its initiatives lack a column value), sorted by label (numerically
 * for years). `cells` holds only non-empty combinations, in row then column order, each with its
 * initiatives in input order. `total` counts the initiatives in at least one cell, i.e. those that
 * have a value on both dimensions. An initiative with two towns is counted in both towns' cells.
 * Without `withIds` the cells count and hold no ids (the load stores counts only).
 */
export function buildCoverage(initiatives: InitiativeDimensions[], rows: Dimension, columns: Dimension, withIds = true): CoverageMatrixData {
  const rowValues = new Map<string, DimensionValueData>();
  const columnValues = new Map<string, DimensionValueData>();
  const cells = new Map<string, CoverageCellData>();
  let total = 0;

  for (const initiative of initiatives) {
    const mine = distinct(initiative[FIELD[rows]]);
    const theirs = distinct(initiative[FIELD[columns]]);
    for (const value of mine) if (!rowValues.has(value.id)) rowValues.set(value.id, value);
    for (const value of theirs) if (!columnValues.has(value.id)) columnValues.set(value.id, value);
    if (mine.length === 0 || theirs.length === 0) continue;
    total += 1;
    for (const row of mine) {
      for (const column of theirs) {
        // ids are slugs with a kind prefix: no newline, so the pair is unambiguous
        const name = `${row.id}\n${column.id}`;
        let cell = cells.get(name);
        if (!cell) cells.set(name, (cell = { row: row.id, column: column.id, count: 0, initiativeIds: [] }));
        cell.count += 1;
        if (withIds) cell.initiativeIds.push(initiative.initiative);
      }
    }
  }

  return orderCoverage({ rows: [...rowValues.values()], columns: [...columnValues.values()], cells: [...cells.values()], total });
}

/** A coverage matrix without ids: as stored by the load (stored-coverage.ts) and as the API answers it. */
export interface CoverageCountsData {
  rows: DimensionValueData[];
  columns: DimensionValueData[];
  cells: { row: string; column: string; count: number }[];
  total: number;
}

/**
 * Puts a matrix in the order the API promises: rows and columns by label (numerically for years,
 * ties by id), cells in row then column order. Pure; the input lists are not changed.
 */
export function orderCoverage<C extends { row: string; column: string }>(matrix: { rows: DimensionValueData[]; columns: DimensionValueData[]; cells: C[]; total: number }) {
  const sortedRows = [...matrix.rows].sort(byLabel);
  const sortedColumns = [...matrix.columns].sort(byLabel);
  const rowIndex = new Map(sortedRows.map((value, index) => [value.id, index]));
  const columnIndex = new Map(sortedColumns.map((value, index) => [value.id, index]));
  const sortedCells = [...matrix.cells].sort(
    (a, b) => rowIndex.get(a.row)! - rowIndex.get(b.row)! || columnIndex.get(a.column)! - columnIndex.get(b.column)!,
  );
  return { rows: sortedRows, columns: sortedColumns, cells: sortedCells, total: matrix.total };
}

export interface GroupCountData {
  value: DimensionValueData;
  count: number;
  initiativeIds: string[];
}

/**
 * How many of the given initiatives (all when `keys` is null) have each value of one dimension,
 * each initiative counted once per value. Most initiatives first, ties by label; or, with
 * `byValue`, in label order (numeric for years). Values no given initiative has are left out.
 */
export function groupCounts(initiatives: InitiativeDimensions[], dimension: Dimension, keys: readonly string[] | null, byValue = false): GroupCountData[] {
  const wanted = keys ? new Set(keys) : null;
  const groups = new Map<string, GroupCountData>();
  for (const initiative of initiatives) {
    if (wanted && !wanted.has(initiative.initiative)) continue;
    for (const value of distinct(initiative[FIELD[dimension]])) {
      let group = groups.get(value.id);
      if (!group) groups.set(value.id, (group = { value, count: 0, initiativeIds: [] }));
      group.count += 1;
      group.initiativeIds.push(initiative.initiative);
    }
  }
  return [...groups.values()].sort((a, b) => (byValue ? 0 : b.count - a.count) || byLabel(a.value, b.value));
}

/** What analysis/coverage-cell reads for one cell: a page of its initiatives, from the narrower side. */
export interface CoverageCellQuery {
  start: Dimension;
  startValue: string;
  check: Dimension;
  checkValue: string;
  offset: number;
  first: number;
}

// How many initiatives one value of a dimension typically has, narrowest first: a town or a
// committee has a handful, a year more, a partner type or a theme a large share of all of them.
const NARROWNESS: readonly Dimension[] = [Dimension.TOWN, Dimension.COMMITTEE, Dimension.TOWN_TOUCHED, Dimension.YEAR, Dimension.PARTNER_TYPE, Dimension.THEME];

/**
 * The read of one cell's page, starting from the value whose dimension is narrower, so that a
 * cell of a theme and a town visits the town's initiatives, not the theme's.
 */
export function coverageCellQuery(rows: Dimension, row: string, columns: Dimension, column: string, offset: number, first: number): CoverageCellQuery {
  const rowFirst = NARROWNESS.indexOf(rows) <= NARROWNESS.indexOf(columns);
  return rowFirst
    ? { start: rows, startValue: row, check: columns, checkValue: column, offset, first }
    : { start: columns, startValue: column, check: rows, checkValue: row, offset, first };
}
