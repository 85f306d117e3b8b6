// The core of a theme's export: the theme and the initiatives that support it (the export adds
// one step around them). No row when the theme does not exist.
// params: $key: string (a theme's global key)
// columns: keys ([string]: the theme first, then its initiatives by key)
MATCH (t:Theme {key: $key})
OPTIONAL MATCH (i:Initiative)-[:SUPPORTS]->(t)
WITH t, i ORDER BY i.key
WITH t, collect(i.key) AS initiatives
RETURN [t.key] + initiatives AS keys
