// Every INFERRED theme link (SUPPORTS) with the curator's rationale, so that each can be reviewed.
// params: none
// columns: number (int), title (string), theme (string), rationale (string or null)
MATCH (i:Initiative)-[r:SUPPORTS {basis: 'INFERRED'}]->(t:Theme)
RETURN i.number AS number, i.title AS title, t.name AS theme, r.rationale AS rationale
ORDER BY number, theme
