// Incoming links of one relationship type into many nodes, for the per-request link loader.
// params: $keys: [string], $type: string
// Order (documented in the README): initiatives by number, years ascending, results by year (undated
// last), everything else by name; ties by relationship key.
// columns: source (key of the node asked about), rel, target (the node at the other end), labels
UNWIND $keys AS key
MATCH (a:Entity {key: key})<-[r:$($type)]-(b:Entity)
RETURN key AS source, properties(r) AS rel, properties(b) AS target, labels(b) AS labels
ORDER BY source, CASE WHEN b:Result THEN coalesce(b.year, 9999) ELSE coalesce(b.number, b.value, 0) END, coalesce(b.name, b.title, b.text), r.key
