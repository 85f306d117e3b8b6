// Removes relationships between dataset nodes that the dataset no longer has.
// params: $keys: [string]   columns: deleted (int)
MATCH (:Entity)-[r]->(:Entity)
WHERE r.key IS NULL OR NOT r.key IN $keys
DELETE r
RETURN count(*) AS deleted
