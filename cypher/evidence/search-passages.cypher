// Danish full-text search over the passages' text (the report's own words of each example).
// params: $query: string (Lucene syntax, built and escaped by src/graph/search/lucene-query.ts); $limit: int
// columns: passage (properties), page (int), title (string), score (float)
CALL db.index.fulltext.queryNodes('passage_text', $query, {limit: $limit}) YIELD node, score
MATCH (node)-[:PASSAGE_OF]->(i:Initiative)
RETURN properties(node) AS passage, i.page AS page, i.title AS title, score
ORDER BY score DESC, i.number
