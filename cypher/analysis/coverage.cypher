// Every initiative with its values on the five coverage dimensions, for the coverage matrix.
// Values are {id, label} maps; duplicates (e.g. two events in one year) are removed by the caller.
// PARTNER_TYPE counts WITH_PARTNER links only (mentioned organisations are not partners).
// params: none
// columns: initiative (key), themes, towns, committees, years, partnerTypes ([{id, label}])
MATCH (i:Initiative)
RETURN i.key AS initiative,
       [(i)-[:SUPPORTS]->(t:Theme) | {id: t.key, label: t.name}] AS themes,
       [(i)-[:IN_TOWN]->(t:Town) | {id: t.key, label: t.name}] AS towns,
       [(i)-[:DECIDED_BY|INVOLVES]->(c:Committee) | {id: c.key, label: c.name}] AS committees,
       [(i)-[:IN_YEAR]->(y:Year) | {id: y.key, label: toString(y.value)}] AS years,
       [(i)-[:WITH_PARTNER]->(o:Organisation) | {id: 'partner-type:' + o.type, label: o.type}] AS partnerTypes
ORDER BY i.number
