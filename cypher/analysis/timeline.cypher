// The timeline: every year that has an initiative event (IN_YEAR) or a result dated that year,
// ascending, with the events (initiative, event text, evidence) and the results of the year.
// With $basis, only events whose IN_YEAR link has that basis and results whose ACHIEVED link has
// it; a year left with neither drops out. Events by initiative number, then link key; results by
// their initiative's number, then their position in the example, then key.
// params: $from, $to: int | null (inclusive bounds; null = open); $basis: 'STATED' | 'INFERRED' | null
// columns: year (int), events ([{initiative, labels, rel}]), results ([{target, labels}])
CALL {
  MATCH (y:Year) RETURN y.value AS year
  UNION
  MATCH (r:Result) WHERE r.year IS NOT NULL RETURN r.year AS year
}
WITH year
WHERE ($from IS NULL OR year >= $from) AND ($to IS NULL OR year <= $to)
WITH year,
     COLLECT {
       MATCH (i:Initiative)-[r:IN_YEAR]->(:Year {value: year})
       WHERE $basis IS NULL OR r.basis = $basis
       WITH i, r ORDER BY i.number, r.key
       RETURN {initiative: properties(i), labels: labels(i), rel: properties(r)}
     } AS events,
     COLLECT {
       MATCH (res:Result) WHERE res.year = year
       OPTIONAL MATCH (owner:Initiative)-[a:ACHIEVED]->(res)
       WITH res, min(owner.number) AS number, collect(a.basis) AS bases
       WHERE $basis IS NULL OR $basis IN bases
       WITH res, number ORDER BY coalesce(number, 1000000), res.position, res.key
       RETURN {target: properties(res), labels: labels(res)}
     } AS results
WHERE size(events) > 0 OR size(results) > 0
RETURN year, events, results
ORDER BY year
