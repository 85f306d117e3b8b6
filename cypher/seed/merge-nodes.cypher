// Creates or updates dataset nodes by their global key; properties are replaced, so a field
// removed from the dataset disappears. The label comes from an allow-list (src/dataset/to-graph.ts).
// params: $nodes: [{label, key, props}]   columns: merged (int)
UNWIND $nodes AS node
MERGE (n:Entity {key: node.key})
SET n = node.props
SET n:$(node.label)
RETURN count(n) AS merged
