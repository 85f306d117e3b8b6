// Initiatives with no IN_TOWN link, in report order, with what they do have (to explain the gap):
// the units that run them, their committees, and any town whose name (or alias) their title contains.
// params: none
// columns: number (int), title (string), units ([string]), committees ([string]), titleTowns ([string])
MATCH (i:Initiative)
WHERE NOT EXISTS { (i)-[:IN_TOWN]->(:Town) }
RETURN i.number AS number,
       i.title AS title,
       COLLECT { MATCH (i)-[:RUN_BY]->(u:Unit) RETURN u.name ORDER BY u.name } AS units,
       COLLECT { MATCH (i)-[:DECIDED_BY|INVOLVES]->(c:Committee) RETURN DISTINCT c.name ORDER BY c.name } AS committees,
       COLLECT {
         MATCH (t:Town)
         WHERE any(name IN [t.name] + coalesce(t.aliases, []) WHERE i.title CONTAINS name)
         RETURN t.name ORDER BY t.name
       } AS titleTowns
ORDER BY number
