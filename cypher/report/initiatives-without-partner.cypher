// Initiatives with no WITH_PARTNER link, in report order, with the units that run them and the
// organisations they only mention (to explain the gap from the graph, not from guesswork).
// params: none
// columns: number (int), title (string), units ([string]), mentions ([string])
MATCH (i:Initiative)
WHERE NOT EXISTS { (i)-[:WITH_PARTNER]->(:Organisation) }
RETURN i.number AS number,
       i.title AS title,
       COLLECT { MATCH (i)-[:RUN_BY]->(u:Unit) RETURN u.name ORDER BY u.name } AS units,
       COLLECT { MATCH (i)-[:MENTIONS]->(o:Organisation) RETURN o.name ORDER BY o.name } AS mentions
ORDER BY number
