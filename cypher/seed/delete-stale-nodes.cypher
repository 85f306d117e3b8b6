// Removes dataset nodes that the dataset no longer has (with their relationships).
// params: $keys: [string]   columns: deleted (int)
MATCH (n:Entity)
WHERE NOT n.key IN $keys
DETACH DELETE n
RETURN count(*) AS deleted
