// The entities within $depth hops of one entity (ignoring direction) and every relationship among
// them, for neighborhood(id). Breadth first, one level at a time: each level keeps at most
// $limit + 1 entities (ties by key), and a level is only expanded while fewer than $limit + 1 were
// found, so a hub (a theme linked to every initiative) costs one expansion of its own links, not a
// path search through the whole graph. The kind filter applies to every reached entity, so it also
// prunes what the next level expands. Nearest first (ties by key), at most $limit entities besides
// the start; `truncated` tells whether more were reachable.
// params: $key: string (global key); $depth: int (1–3); $limit: int (entities besides the start);
//         $labels: [string] | null (allowed labels of every reached entity; null = any);
//         $basis: 'STATED' | 'INFERRED' | null (only links of this basis are followed and returned; null = any)
// columns: start ({target, labels}), nodes ([{target, labels, distance}], nearest first),
//          edges ([{rel, type, from, to}]), truncated (bool)
MATCH (a:Entity {key: $key})
CALL (a) {
  MATCH (a)-[r]-(b:Entity)
  WHERE ($basis IS NULL OR r.basis = $basis) AND b <> a AND ($labels IS NULL OR any(l IN labels(b) WHERE l IN $labels))
  WITH DISTINCT b
  ORDER BY b.key
  LIMIT $limit + 1
  RETURN collect(b) AS level1
}
CALL (a, level1) {
  WITH a, level1
  WHERE $depth >= 2 AND size(level1) <= $limit
  UNWIND level1 AS x
  MATCH (x)-[r]-(b:Entity)
  WHERE ($basis IS NULL OR r.basis = $basis) AND b <> a AND NOT b IN level1 AND ($labels IS NULL OR any(l IN labels(b) WHERE l IN $labels))
  WITH DISTINCT b
  ORDER BY b.key
  LIMIT $limit + 1
  RETURN collect(b) AS level2
}
CALL (a, level1, level2) {
  WITH a, level1, level2
  WHERE $depth >= 3 AND size(level1) + size(level2) <= $limit
  UNWIND level2 AS x
  MATCH (x)-[r]-(b:Entity)
  WHERE ($basis IS NULL OR r.basis = $basis) AND b <> a AND NOT b IN level1 AND NOT b IN level2 AND ($labels IS NULL OR any(l IN labels(b) WHERE l IN $labels))
  WITH DISTINCT b
  ORDER BY b.key
  LIMIT $limit + 1
  RETURN collect(b) AS level3
}
WITH a, [b IN level1 | {node: b, distance: 1}] + [b IN level2 | {node: b, distance: 2}] + [b IN level3 | {node: b, distance: 3}] AS found
WITH a, found[0..$limit] AS kept, size(found) > $limit AS truncated
WITH a, kept, truncated, [a.key] + [k IN kept | k.node.key] AS keys
CALL (keys) {
  MATCH (x:Entity)-[r]->(y:Entity)
  WHERE x.key IN keys AND y.key IN keys AND ($basis IS NULL OR r.basis = $basis)
  WITH r, x, y
  ORDER BY r.key
  RETURN collect({rel: properties(r), type: type(r), from: x.key, to: y.key}) AS edges
}
RETURN {target: properties(a), labels: labels(a)} AS start,
       [k IN kept | {target: properties(k.node), labels: labels(k.node), distance: k.distance}] AS nodes,
       edges,
       truncated
