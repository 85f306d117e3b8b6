// The coverage matrix of two dimensions as the loader stored it (seed/store-coverage): counts only,
// already ordered. No row when the graph was loaded before matrices were stored.
// params: $rows, $columns: string (two different dimensions)
// columns: total (int), rowIds, rowLabels, columnIds, columnLabels, cellRows, cellColumns ([string]),
//          cellCounts ([int])
MATCH (m:CoverageMatrix {rows: $rows, columns: $columns})
RETURN m.total AS total, m.rowIds AS rowIds, m.rowLabels AS rowLabels, m.columnIds AS columnIds,
       m.columnLabels AS columnLabels, m.cellRows AS cellRows, m.cellColumns AS cellColumns, m.cellCounts AS cellCounts
