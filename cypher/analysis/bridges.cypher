// Entities that initiatives link to as partner, unit, committee or town, with each linking
// initiative's themes and towns, for ranking "bridges" (the caller counts and scores).
// Only WITH_PARTNER counts for organisations (a mention is not a partnership).
// params: none
// columns: target (properties), labels, links ([{initiative, type, themes: [key], towns: [key]}])
MATCH (i:Initiative)-[r:WITH_PARTNER|RUN_BY|DECIDED_BY|INVOLVES|IN_TOWN]->(e:Entity)
WITH e, i, r ORDER BY i.number, type(r)
WITH e, collect({
  initiative: i.key,
  type: type(r),
  themes: [(i)-[:SUPPORTS]->(t:Theme) | t.key],
  towns: [(i)-[:IN_TOWN]->(t:Town) | t.key]
}) AS links
RETURN properties(e) AS target, labels(e) AS labels, links
ORDER BY e.key
