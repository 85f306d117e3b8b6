/**
 * A coverage matrix as the loader stores it on a node (store-coverage.ts) and as a request reads it
 * back: the encoding both ways, pure.
 */
import { RowShapeError } from '../../errors';
import { decodeSingleRow, int, list, object, string } from '../../db/row-decoder';
import type { CoverageCountsData, Dimension } from './coverage';

/** A matrix as a node's properties: parallel lists, in the order the API answers in. */
export interface StoredMatrix {
  rows: Dimension;
  columns: Dimension;
  total: number;
  rowIds: string[];
  rowLabels: string[];
  columnIds: string[];
  columnLabels: string[];
  cellRows: string[];
  cellColumns: string[];
  cellCounts: number[];
}

export function toStoredMatrix(rows: Dimension, columns: Dimension, matrix: CoverageCountsData): StoredMatrix {
  return {
    rows,
    columns,
    total: matrix.total,
    rowIds: matrix.rows.map((value) => value.id),
    rowLabels: matrix.rows.map((value) => value.label),
    columnIds: matrix.columns.map((value) => value.id),
    columnLabels: matrix.columns.map((value) => value.label),
    cellRows: matrix.cells.map((cell) => cell.row),
    cellColumns: matrix.cells.map((cell) => cell.column),
    cellCounts: matrix.cells.map((cell) => cell.count),
  };
}

// An empty list is stored as an empty list of no declared type; Neo4j gives it back as [].
const strings = list(string);
export const storedMatrixRow = object({
  total: int,
  rowIds: strings,
  rowLabels: strings,
  columnIds: strings,
  columnLabels: strings,
  cellRows: strings,
  cellColumns: strings,
  cellCounts: list(int),
});

const QUERY = 'analysis/coverage-matrix';

/** The stored matrix back as the API's shape; lists of different lengths mean a damaged node. */
export function fromStoredMatrix(row: ReturnType<typeof storedMatrixRow>): CoverageCountsData {
  const same = (a: unknown[], b: unknown[], what: string) => {
    if (a.length !== b.length) throw new RowShapeError(`cypher/${QUERY}.cypher`, what, `lists of ${a.length} and ${b.length} items`);
  };
  same(row.rowIds, row.rowLabels, 'rowIds/rowLabels');
  same(row.columnIds, row.columnLabels, 'columnIds/columnLabels');
  same(row.cellRows, row.cellColumns, 'cellRows/cellColumns');
  same(row.cellRows, row.cellCounts, 'cellRows/cellCounts');
  return {
    total: row.total,
    rows: row.rowIds.map((id, index) => ({ id, label: row.rowLabels[index] })),
    columns: row.columnIds.map((id, index) => ({ id, label: row.columnLabels[index] })),
    cells: row.cellRows.map((rowId, index) => ({ row: rowId, column: row.cellColumns[index], count: row.cellCounts[index] })),
  };
}

/** Decodes analysis/coverage-matrix's answer: null when no matrix was stored for the pair. */
export function decodeStoredMatrix(rows: readonly unknown[]): CoverageCountsData | null {
  const row = decodeSingleRow(QUERY, rows, storedMatrixRow);
  return row && fromStoredMatrix(row);
}
