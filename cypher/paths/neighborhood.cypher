// The entities within $depth hops of one entity (ignoring direction) and every relationship among
// them, for neighborhood(id). One shortest path per reached entity (ANY SHORTEST), with the kind
// filter applied inside the pattern, so it prunes the search instead of filtering afterwards;
// the pattern is bounded at 3 (the API's maximum) and $depth is a filter. Nearest first (ties by
// key), at most $limit entities besides the start; `truncated` tells whether more were reachable.
// params: $key: string (global key); $depth: int (1–3); $limit: int (entities besides the start);
//         $labels: [string] | null (allowed labels of every reached entity; null = any)
// columns: start ({target, labels}), nodes ([{target, labels, distance}], nearest first),
//          edges ([{rel, type, from, to}]), truncated (bool)
MATCH (a:Entity {key: $key})
CALL (a) {
  MATCH p = ANY SHORTEST (a)(()-[]-(n:Entity) WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)){1,3}(b:Entity)
  WHERE b <> a AND length(p) <= $depth
  RETURN b, length(p) AS distance
  ORDER BY distance, b.key
  LIMIT $limit + 1
}
WITH a, collect({node: b, distance: distance}) AS found
WITH a, found[0..$limit] AS kept, size(found) > $limit AS truncated
WITH a, kept, truncated, [a.key] + [k IN kept | k.node.key] AS keys
CALL (keys) {
  MATCH (x:Entity)-[r]->(y:Entity)
  WHERE x.key IN keys AND y.key IN keys
  WITH r, x, y
  ORDER BY r.key
  RETURN collect({rel: properties(r), type: type(r), from: x.key, to: y.key}) AS edges
}
RETURN {target: properties(a), labels: labels(a)} AS start,
       [k IN kept | {target: properties(k.node), labels: labels(k.node), distance: k.distance}] AS nodes,
       edges,
       truncated
