// How many entities of each kind the graph holds, for totals: a kind with none still gets a row.
// params: $labels: [string] (the labels that name a kind, from LABEL_OF_KIND)
// columns: label (string), count (int); in the order of $labels
UNWIND range(0, size($labels) - 1) AS position
WITH position, $labels[position] AS label
CALL (label) {
  MATCH (n:$(label))
  RETURN count(n) AS count
}
RETURN label, count
ORDER BY position
