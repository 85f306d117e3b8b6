// Towns by number of initiatives located there (IN_TOWN); towns with none are listed with 0.
// params: none
// columns: name (string), initiatives (int)
MATCH (t:Town)
RETURN t.name AS name, COUNT { MATCH (i:Initiative)-[:IN_TOWN]->(t) RETURN DISTINCT i } AS initiatives
ORDER BY initiatives DESC, name
