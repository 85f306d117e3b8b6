// The passages of many initiatives (one per document the initiative is printed in), for Initiative.passages.
// params: $keys: [string] (initiative keys)   columns: key, passage (properties), page (int)
UNWIND $keys AS key
MATCH (p:Passage)-[:PASSAGE_OF]->(i:Initiative {key: key})
RETURN key, properties(p) AS passage, i.page AS page
ORDER BY key, p.document
