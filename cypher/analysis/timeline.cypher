// The timeline: every year that has an initiative event (IN_YEAR) or a result dated that year,
// ascending, with the events (initiative, event text, evidence) and the results of the year.
// params: $from, $to: int | null (inclusive bounds; null = open)
// columns: year (int), events ([{initiative, labels, rel}]), results ([{target, labels}])
CALL {
  MATCH (y:Year) RETURN y.value AS year
  UNION
  MATCH (r:Result) WHERE r.year IS NOT NULL RETURN r.year AS year
}
WITH year
WHERE ($from IS NULL OR year >= $from) AND ($to IS NULL OR year <= $to)
RETURN year,
       COLLECT {
         MATCH (i:Initiative)-[r:IN_YEAR]->(:Year {value: year})
         WITH i, r ORDER BY i.number, r.key
         RETURN {initiative: properties(i), labels: labels(i), rel: properties(r)}
       } AS events,
       COLLECT {
         MATCH (res:Result) WHERE res.year = year
         WITH res ORDER BY res.key
         RETURN {target: properties(res), labels: labels(res)}
       } AS results
ORDER BY year
