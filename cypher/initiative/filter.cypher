// One page of initiatives matching a filter, with the total count. Every filter is optional
// (null = no restriction); list filters match when the initiative has ANY of the given values.
// $townMatch 'ALL' asks for every town instead of any; $townReach 'TOUCHES' also counts an
// initiative as in a town when it works with, mentions or is run by a body LOCATED_IN it.
// params: $themes, $towns, $partners, $committees: [string] | null (slugs); $years: [int] | null;
//         $townMatch: 'ANY' | 'ALL'; $townReach: 'IN' | 'TOUCHES';
//         $status: [string] | null; $keys: [string] | null (from a full-text search);
//         $orderBy: 'NUMBER' | 'TITLE' | 'PAGE'; $descending: bool; $offset, $limit: int;
//         $linkTypes: [string] (outgoing relationship types to bring along per initiative; [] for none)
//         $leanInitiatives: bool (the page's initiatives need only the lean properties of
//         src/graph/common/lean-rows.ts; their links stay whole, as the link loaders keep them)
// columns: total (int), page ([{target, labels, links: [{type, rel, target, labels}]}])
// `links` is the lookahead of a nested request: the outgoing links of the asked types, in the order
// of link/outgoing.cypher within each type, so that one statement answers the page and its links.
// With a town filter the candidates come from the towns' own links (a town index seek), not from a
// scan of every initiative: that keeps the town pages as cheap on a big graph as on the report's.
CALL () {
  UNWIND coalesce($towns, []) AS town
  MATCH (:Town {id: town})<-[:IN_TOWN]-(i:Initiative)
  RETURN i
  UNION
  UNWIND CASE WHEN $townReach = 'TOUCHES' THEN coalesce($towns, []) ELSE [] END AS town
  MATCH (:Town {id: town})<-[:LOCATED_IN]-(:Entity)<-[:WITH_PARTNER|MENTIONS|RUN_BY]-(i:Initiative)
  RETURN i
  UNION
  // The WITH ... WHERE runs before the MATCH: with a town filter this branch has no row to scan for.
  WITH $towns AS towns
  WHERE towns IS NULL
  MATCH (i:Initiative)
  RETURN i
}
WITH i
WHERE ($status IS NULL OR i.status IN $status)
  AND ($keys IS NULL OR i.key IN $keys)
  AND ($towns IS NULL OR $townMatch = 'ANY' OR all(town IN $towns WHERE
        EXISTS { (i)-[:IN_TOWN]->(:Town {id: town}) }
        OR ($townReach = 'TOUCHES' AND EXISTS { (i)-[:WITH_PARTNER|MENTIONS|RUN_BY]->(:Entity)-[:LOCATED_IN]->(:Town {id: town}) })))
  AND ($themes IS NULL OR EXISTS { (i)-[:SUPPORTS]->(t:Theme) WHERE t.id IN $themes })
  AND ($partners IS NULL OR EXISTS { (i)-[:WITH_PARTNER]->(o:Organisation) WHERE o.id IN $partners })
  AND ($committees IS NULL OR EXISTS { (i)-[:DECIDED_BY|INVOLVES]->(c:Committee) WHERE c.id IN $committees })
  AND ($years IS NULL OR EXISTS { (i)-[:IN_YEAR]->(y:Year) WHERE y.value IN $years })
WITH i
ORDER BY
  CASE $orderBy WHEN 'TITLE' THEN i.title WHEN 'PAGE' THEN toString(1000 + i.page) ELSE toString(1000 + i.number) END,
  i.number, i.key
WITH collect(i) AS matched
WITH matched, CASE WHEN $descending THEN reverse(matched) ELSE matched END AS ordered
RETURN size(matched) AS total,
       [i IN ordered[$offset..($offset + $limit)] | {
         target: CASE WHEN $leanInitiatives THEN i {.key, .id, .number, .title, .page, .status} ELSE properties(i) END,
         labels: labels(i),
         links: CASE WHEN size($linkTypes) = 0 THEN [] ELSE COLLECT {
           MATCH (i)-[r]->(b:Entity)
           WHERE type(r) IN $linkTypes
           WITH r, b
           ORDER BY type(r), CASE WHEN b:Result THEN coalesce(b.year, 9999) ELSE coalesce(b.number, b.value, 0) END, coalesce(b.name, b.title, b.text), r.key
           RETURN {type: type(r), rel: properties(r), target: properties(b), labels: labels(b)}
         } END}] AS page
