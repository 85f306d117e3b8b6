// The results chain: strategy -> theme(s) -> initiatives -> results, with the evidence of every
// step. Filters by level, support and basis are applied by the caller (src/graph/results-chain/),
// which also needs the unfiltered results to tell "no result" from "none left by the filter".
// Exactly one of $themeKey / $initiativeKey is set (the caller checks). With $themeKey: that theme
// and every initiative supporting it. With $initiativeKey: each theme that initiative supports,
// with only that initiative under it.
// params: $themeKey, $initiativeKey: string | null (global keys)
// columns: strategy, strategyLabels, found (bool: the asked theme/initiative exists),
//          themes ([{node, labels, rel, initiatives: [{node, labels, rel, results: [{node, labels, rel}]}]}]):
//          each step is the node reached and the link that reached it
MATCH (s:Strategy)
WITH s ORDER BY s.key LIMIT 1
OPTIONAL MATCH (asked:Entity {key: coalesce($themeKey, $initiativeKey)})
WHERE ($themeKey IS NOT NULL AND asked:Theme) OR ($initiativeKey IS NOT NULL AND asked:Initiative)
RETURN properties(s) AS strategy, labels(s) AS strategyLabels, asked IS NOT NULL AS found,
       COLLECT {
         MATCH (s)-[h:HAS_THEME]->(t:Theme)
         WHERE ($themeKey IS NULL OR t.key = $themeKey)
           AND ($initiativeKey IS NULL OR EXISTS { (t)<-[:SUPPORTS]-(:Initiative {key: $initiativeKey}) })
         WITH t, h ORDER BY t.name
         RETURN {
           node: properties(t), labels: labels(t), rel: properties(h),
           initiatives: COLLECT {
             MATCH (t)<-[su:SUPPORTS]-(i:Initiative)
             WHERE $initiativeKey IS NULL OR i.key = $initiativeKey
             WITH i, su ORDER BY i.number
             RETURN {
               node: properties(i), labels: labels(i), rel: properties(su),
               results: COLLECT {
                 MATCH (i)-[a:ACHIEVED]->(r:Result)
                 WITH r, a ORDER BY r.position, r.key
                 RETURN {node: properties(r), labels: labels(r), rel: properties(a)}
               }
             }
           }
         }
       } AS themes
