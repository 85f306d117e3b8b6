// All shortest paths (ignoring direction) between two entities, for connection(from, to).
// The variable-length bound cannot be a parameter, so the pattern is bounded at 6 (the API's
// maximum) and the requested bound is a filter. Paths come in a stable order (by node and
// relationship keys along the path) and are capped at 20.
// params: $from, $to: string (global keys, different); $maxHops: int (1–6);
//         $labels: [string] | null (allowed labels of the intermediate nodes; null = any);
//         $basis: 'STATED' | 'INFERRED' | null (only links of this basis; null = any)
// columns: nodes ([{target, labels}], in path order), edges ([{rel, type, from, to}], in path order)
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxHops
  AND ($labels IS NULL OR all(n IN nodes(p)[1..-1] WHERE any(l IN labels(n) WHERE l IN $labels)))
  AND ($basis IS NULL OR all(r IN relationships(p) WHERE r.basis = $basis))
WITH p, reduce(s = '', r IN relationships(p) | s + '|' + r.key) AS order
ORDER BY order
LIMIT 20
RETURN [n IN nodes(p) | {target: properties(n), labels: labels(n)}] AS nodes,
       [r IN relationships(p) | {rel: properties(r), type: type(r), from: startNode(r).key, to: endNode(r).key}] AS edges
