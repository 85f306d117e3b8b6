// Outgoing links of one relationship type from many nodes, for the per-request link loader.
// The type is a parameter (dynamic type, Neo4j 5.26), checked against an allow-list by the caller.
// params: $keys: [string], $type: string
// Order (documented in the README): initiatives by number, years ascending, results by year (undated
// last), everything else by name; ties by relationship key.
// columns: source (key), rel (evidence properties), target (node properties), labels
UNWIND $keys AS key
MATCH (a:Entity {key: key})-[r:$($type)]->(b:Entity)
RETURN key AS source, properties(r) AS rel, properties(b) AS target, labels(b) AS labels
ORDER BY source, CASE WHEN b:Result THEN coalesce(b.year, 9999) ELSE coalesce(b.number, b.value, 0) END, coalesce(b.name, b.title, b.text), r.key
