// Whether an entity exists, for the neighbourhood export: no row when it does not.
// params: $key: string (a global key)
// columns: keys ([string]: the one key)
MATCH (n:Entity {key: $key})
RETURN [n.key] AS keys
