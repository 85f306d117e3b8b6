// How many dataset nodes carry each label; a label with no node still gets a row (count 0).
// params: $labels: [string] (node labels, e.g. NODE_LABELS of src/dataset/to-graph.ts plus 'Partner')
// columns: label (string), count (int)
UNWIND $labels AS label
OPTIONAL MATCH (n:Entity)
WHERE label IN labels(n)
RETURN label, count(n) AS count
