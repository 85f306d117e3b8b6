// Creates or updates dataset relationships by their key; properties (the evidence) are replaced.
// The type comes from an allow-list (src/dataset/to-graph.ts).
// params: $relationships: [{type, key, from, to, props}]   columns: merged (int)
UNWIND $relationships AS rel
MATCH (a:Entity {key: rel.from})
MATCH (b:Entity {key: rel.to})
MERGE (a)-[r:$(rel.type) {key: rel.key}]->(b)
SET r = rel.props
RETURN count(r) AS merged
