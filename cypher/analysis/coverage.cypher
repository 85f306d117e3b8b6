// Every initiative with its values on the five coverage dimensions, for the coverage matrix.
// Values are {id, label} maps; duplicates (e.g. two events in one year) are removed by the caller.
// PARTNER_TYPE counts WITH_PARTNER links only (mentioned organisations are not partners).
// Only the requested dimensions are read (CASE evaluates one branch); the others come back empty:
// on a big graph each dimension is one more expansion of every initiative.
// TOWN_TOUCHED adds to the towns the initiative happens in the towns of the bodies it works with,
// mentions or is run by (LOCATED_IN).
// params: $dimensions: [string] (of THEME, TOWN, TOWN_TOUCHED, COMMITTEE, YEAR, PARTNER_TYPE)
// columns: initiative (key), themes, towns, townsTouched, committees, years, partnerTypes ([{id, label}])
MATCH (i:Initiative)
RETURN i.key AS initiative,
       CASE WHEN 'THEME' IN $dimensions THEN [(i)-[:SUPPORTS]->(t:Theme) | {id: t.key, label: t.name}] ELSE [] END AS themes,
       CASE WHEN 'TOWN' IN $dimensions THEN [(i)-[:IN_TOWN]->(t:Town) | {id: t.key, label: t.name}] ELSE [] END AS towns,
       CASE WHEN 'TOWN_TOUCHED' IN $dimensions
            THEN [(i)-[:IN_TOWN]->(t:Town) | {id: t.key, label: t.name}]
               + [(i)-[:WITH_PARTNER|MENTIONS|RUN_BY]->(:Entity)-[:LOCATED_IN]->(t:Town) | {id: t.key, label: t.name}]
            ELSE [] END AS townsTouched,
       CASE WHEN 'COMMITTEE' IN $dimensions THEN [(i)-[:DECIDED_BY|INVOLVES]->(c:Committee) | {id: c.key, label: c.name}] ELSE [] END AS committees,
       CASE WHEN 'YEAR' IN $dimensions THEN [(i)-[:IN_YEAR]->(y:Year) | {id: y.key, label: toString(y.value)}] ELSE [] END AS years,
       CASE WHEN 'PARTNER_TYPE' IN $dimensions THEN [(i)-[:WITH_PARTNER]->(o:Organisation) | {id: 'partner-type:' + o.type, label: o.type}] ELSE [] END AS partnerTypes
ORDER BY i.number
