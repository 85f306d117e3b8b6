// Any nodes by global key, for node(id) and the per-request node loader.
// params: $keys: [string]   columns: target (properties), labels
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN properties(n) AS target, labels(n) AS labels
