// The given entities and every relationship among them (an induced subgraph), for subgraph(ids):
// the explorer redraws a view, a shared link or an expansion from its node ids alone, so that
// links between nodes reached in different steps are never missing. Unknown keys are left out;
// the resolver names them.
// params: $keys: [string] (global keys, distinct)
// columns: nodes ([{target, labels}], any order), edges ([{rel, type, from, to}], by relationship key)
MATCH (n:Entity) WHERE n.key IN $keys
WITH collect(n) AS found
CALL (found) {
  UNWIND found AS x
  MATCH (x)-[r]->(y:Entity)
  WHERE y.key IN $keys
  WITH r, x, y
  ORDER BY r.key
  RETURN collect({rel: properties(r), type: type(r), from: x.key, to: y.key}) AS edges
}
RETURN [n IN found | {target: properties(n), labels: labels(n)}] AS nodes, edges
