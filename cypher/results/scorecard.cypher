// Per theme, every initiative that supports it (with the basis of that link) and the facts of its
// results the scorecard counts. Aggregation happens in src/graph/results-chain/theme-scorecard.ts,
// a pure function, so that the counting can be tested without a database.
// params: none
// columns: theme, labels, initiatives ([{initiative, labels, basis, results: [{level, kind,
//          supportGrade, value, year, periodFrom, periodTo}]}])
MATCH (t:Theme)
WITH t ORDER BY t.name
RETURN properties(t) AS theme, labels(t) AS labels,
       COLLECT {
         MATCH (t)<-[su:SUPPORTS]-(i:Initiative)
         WITH i, su ORDER BY i.number
         RETURN {
           initiative: properties(i), labels: labels(i), basis: coalesce(su.basis, "STATED"),
           results: COLLECT {
             MATCH (i)-[:ACHIEVED]->(r:Result)
             WITH r ORDER BY r.position
             RETURN {level: r.level, kind: r.resultKind, supportGrade: r.supportGrade, value: r.value,
                     year: r.year, periodFrom: r.periodFrom, periodTo: r.periodTo}
           }
         }
       } AS initiatives
