// Incoming links of one relationship type into many nodes, for the per-request link loader.
// params: $keys: [string], $type: string
// columns: source (key of the node asked about), rel, target (the node at the other end), labels
UNWIND $keys AS key
MATCH (a:Entity {key: key})<-[r:$($type)]-(b:Entity)
RETURN key AS source, properties(r) AS rel, properties(b) AS target, labels(b) AS labels
ORDER BY source, coalesce(b.number, b.value, 0), coalesce(b.name, b.title, b.text), r.key
