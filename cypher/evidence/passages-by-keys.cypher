// Passages by key, with the page of their initiative.
// params: $keys: [string]   columns: key, passage (properties), page (int)
UNWIND $keys AS key
MATCH (p:Passage {key: key})-[:PASSAGE_OF]->(i:Initiative)
RETURN key, properties(p) AS passage, i.page AS page
