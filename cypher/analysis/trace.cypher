// Strategy -> theme(s) -> initiatives -> results, with the evidence of every step.
// Exactly one of $themeKey / $initiativeKey is set (the caller checks). With $themeKey: that theme
// and all initiatives supporting it. With $initiativeKey: the themes that initiative supports,
// each with only that initiative under it.
// With $basis, only links of that basis count at every step (a theme whose link to the traced
// initiative is inferred drops out when $basis is 'STATED').
// params: $themeKey, $initiativeKey: string | null (global keys); $basis: 'STATED' | 'INFERRED' | null
// columns: strategy, strategyLabels, found (bool: the asked theme/initiative exists),
//          themes ([{theme, labels, rel, initiatives: [{initiative, labels, rel, results: [{target, labels, rel}]}]}]);
//          themes by name, initiatives by number, results by year (undated last), then key
MATCH (s:Strategy)
WITH s ORDER BY s.key LIMIT 1
OPTIONAL MATCH (target:Entity {key: coalesce($themeKey, $initiativeKey)})
WHERE ($themeKey IS NOT NULL AND target:Theme) OR ($initiativeKey IS NOT NULL AND target:Initiative)
RETURN properties(s) AS strategy, labels(s) AS strategyLabels, target IS NOT NULL AS found,
       COLLECT {
         MATCH (s)-[h:HAS_THEME]->(t:Theme)
         WHERE ($themeKey IS NULL OR t.key = $themeKey)
           AND ($basis IS NULL OR h.basis = $basis)
           AND ($initiativeKey IS NULL OR EXISTS {
                 MATCH (t)<-[s2:SUPPORTS]-(:Initiative {key: $initiativeKey}) WHERE $basis IS NULL OR s2.basis = $basis })
         WITH t, h ORDER BY t.name
         RETURN {
           theme: properties(t), labels: labels(t), rel: properties(h),
           initiatives: COLLECT {
             MATCH (t)<-[su:SUPPORTS]-(i:Initiative)
             WHERE ($initiativeKey IS NULL OR i.key = $initiativeKey) AND ($basis IS NULL OR su.basis = $basis)
             WITH i, su ORDER BY i.number
             RETURN {
               initiative: properties(i), labels: labels(i), rel: properties(su),
               results: COLLECT {
                 MATCH (i)-[a:ACHIEVED]->(res:Result)
                 WHERE $basis IS NULL OR a.basis = $basis
                 WITH res, a ORDER BY coalesce(res.year, 9999), res.key
                 RETURN {target: properties(res), labels: labels(res), rel: properties(a)}
               }
             }
           }
         }
       } AS themes
