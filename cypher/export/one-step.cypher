// The given entities and every entity linked to one of them (either direction): one step of a
// neighbourhood, repeated by the export for a depth above one. Stops reading at $limit keys, so
// that a selection larger than the export limit is refused without being collected whole.
// params: $keys: [string] (global keys); $limit: int
// columns: key (string), one row per distinct key (the given ones included)
MATCH (n:Entity) WHERE n.key IN $keys
OPTIONAL MATCH (n)--(m:Entity)
WITH collect(DISTINCT n.key) + collect(DISTINCT m.key) AS found
UNWIND found AS key
WITH DISTINCT key
RETURN key
LIMIT $limit
