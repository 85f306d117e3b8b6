// How many distinct neighbours of each kind every given entity has (either direction; a
// neighbour linked twice counts once), for neighborCounts(ids): the explorer shows what waits
// behind a node before it is expanded. Unknown keys give no row.
// params: $keys: [string] (global keys); $kindLabels: [string] (the labels that name a kind)
// columns: key (string), kinds ([{label, count}], by label; only kinds with at least one neighbour)
UNWIND $keys AS key
MATCH (a:Entity {key: key})
OPTIONAL MATCH (a)--(b:Entity)
WITH key, b, [l IN labels(b) WHERE l IN $kindLabels][0] AS label
WITH key, label, count(DISTINCT b) AS count
ORDER BY key, label
RETURN key, collect(CASE WHEN label IS NULL THEN null ELSE {label: label, count: count} END) AS kinds
