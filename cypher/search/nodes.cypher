// Danish full-text search over node text (titles, names, summaries, aliases, folded spellings).
// params: $query: string (Lucene syntax, built and escaped by src/graph/search/lucene-query.ts);
//         $labels: [string] | null; $limit: int
// columns: target (properties), labels, score
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $limit * 8}) YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN properties(node) AS target, labels(node) AS labels, score
ORDER BY score DESC
LIMIT $limit * 4
