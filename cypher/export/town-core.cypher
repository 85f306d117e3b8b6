// The core of a town's export: the town and the initiatives that take place in it (the export
// adds one step around them). No row when the town does not exist.
// params: $key: string (a town's global key)
// columns: keys ([string]: the town first, then its initiatives by key)
MATCH (t:Town {key: $key})
OPTIONAL MATCH (i:Initiative)-[:IN_TOWN]->(t)
WITH t, i ORDER BY i.key
WITH t, collect(i.key) AS initiatives
RETURN [t.key] + initiatives AS keys
