// Years by number of initiatives with an event in that year (IN_YEAR), and how many events.
// params: none
// columns: year (int), initiatives (int), events (int)
MATCH (y:Year)
RETURN y.value AS year,
       COUNT { MATCH (i:Initiative)-[:IN_YEAR]->(y) RETURN DISTINCT i } AS initiatives,
       COUNT { (:Initiative)-[:IN_YEAR]->(y) } AS events
ORDER BY year
