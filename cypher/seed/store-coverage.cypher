// Replaces the stored coverage matrices (one node per ordered pair of dimensions) with the ones the
// loader computed from the graph it just wrote, in the same transaction: a coverage request then
// reads one node instead of visiting every initiative (2 s at ×1000 counted per request).
// They are derived data, not facts: no :Entity label, so no export, search or report sees them.
// Lists are parallel arrays (a property cannot hold maps), already in the API's order: rows and
// columns by label, cells in row then column order.
// params: $matrices: [{rows, columns: string, total: int, rowIds, rowLabels, columnIds, columnLabels,
//                      cellRows, cellColumns: [string], cellCounts: [int]}]
// columns: matrices (int: how many were stored)
// Merged on the pair and overwritten, so that loading the same data twice leaves the graph as it was.
UNWIND $matrices AS matrix
MERGE (stored:CoverageMatrix {rows: matrix.rows, columns: matrix.columns})
SET stored = matrix
WITH collect(stored) AS kept
CALL (kept) {
  MATCH (old:CoverageMatrix) WHERE NOT old IN kept
  DETACH DELETE old
}
RETURN size(kept) AS matrices
