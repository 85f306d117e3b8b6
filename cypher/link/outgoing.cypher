// Outgoing links of one relationship type from many nodes, for the per-request link loader.
// The type is a parameter (dynamic type, Neo4j 5.26), checked against an allow-list by the caller.
// params: $keys: [string], $type: string
// columns: source (key), rel (evidence properties), target (node properties), labels
UNWIND $keys AS key
MATCH (a:Entity {key: key})-[r:$($type)]->(b:Entity)
RETURN key AS source, properties(r) AS rel, properties(b) AS target, labels(b) AS labels
ORDER BY source, coalesce(b.number, b.value, 0), coalesce(b.name, b.title, b.text), r.key
