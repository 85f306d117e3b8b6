// Per theme: how many initiatives support it (SUPPORTS) on the report's own words (STATED) and how
// many by the curator's reading (INFERRED), in the strategy's theme order.
// params: none
// columns: theme (string), stated (int), inferred (int)
MATCH (t:Theme)
OPTIONAL MATCH (t)<-[r:SUPPORTS]-(:Initiative)
WITH t, count(CASE WHEN r.basis = 'STATED' THEN 1 END) AS stated, count(CASE WHEN r.basis = 'INFERRED' THEN 1 END) AS inferred
OPTIONAL MATCH (:Strategy)-[h:HAS_THEME]->(t)
RETURN t.name AS theme, stated, inferred
ORDER BY h.page, t.name
