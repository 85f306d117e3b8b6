// All shortest paths (ignoring direction) between two entities, for connection(from, to), with
// whether each end exists, so a request costs one round trip (an unknown end is NOT_FOUND, told
// apart from "no path" by fromFound/toFound).
// The variable-length bound cannot be a parameter, so the pattern is bounded at 6 (the API's
// maximum) and the requested bound is a filter. Paths come in a stable order (by node and
// relationship keys along the path); one page of them is returned with how many there are (the
// sort needs every path anyway, so the count costs nothing more). Counted up to 10,000 paths: a
// hub pair in a synthetic graph could have more, and each is held until the page is cut.
// params: $from, $to: string (global keys, different); $maxHops: int (1–6);
//         $labels: [string] | null (allowed labels of the intermediate nodes; null = any);
//         $basis: 'STATED' | 'INFERRED' | null (only links of this basis; null = any);
//         $offset: int (paths to skip), $first: int (paths in the page)
// columns: fromFound, toFound (boolean), total (int),
//          paths ([{nodes: [{target, labels}], edges: [{rel, type, from, to}]}], each in path order)
OPTIONAL MATCH (a:Entity {key: $from})
OPTIONAL MATCH (b:Entity {key: $to})
CALL (a, b) {
  // the search runs only when both ends exist; otherwise the aggregate below sees no rows
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = allShortestPaths((a)-[*..6]-(b))
  WHERE length(p) <= $maxHops
    AND ($labels IS NULL OR all(n IN nodes(p)[1..-1] WHERE any(l IN labels(n) WHERE l IN $labels)))
    AND ($basis IS NULL OR all(r IN relationships(p) WHERE r.basis = $basis))
  WITH p, reduce(s = '', r IN relationships(p) | s + '|' + r.key) AS order
  ORDER BY order
  LIMIT 10000
  RETURN collect(p) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, size(paths) AS total,
       [p IN paths[$offset..$offset + $first] | {
         nodes: [n IN nodes(p) | {target: properties(n), labels: labels(n)}],
         edges: [r IN relationships(p) | {rel: properties(r), type: type(r), from: startNode(r).key, to: endNode(r).key}]
       }] AS paths
