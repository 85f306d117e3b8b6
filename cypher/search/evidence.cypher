// Full-text search over evidence quotes; a hit stands for the node the link starts from.
// params: $query: string; $labels: [string] | null; $limit: int
// columns: target (properties of the start node), labels, quote, score
CALL db.index.fulltext.queryRelationships('evidence_search', $query, {limit: $limit * 8}) YIELD relationship, score
WITH startNode(relationship) AS node, relationship, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN properties(node) AS target, labels(node) AS labels, relationship.quote AS quote, score
ORDER BY score DESC
LIMIT $limit * 4
