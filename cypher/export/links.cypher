// The links of an export with their evidence, one row per relationship, by key: every link
// between two entities when $keys is null, else the links whose both ends have one of the keys
// (the induced subgraph of the selection).
// params: $keys: [string] | null (global keys)
// columns: key, type, from, to (string), page (int), quote, basis (string), rationale, event (string or null)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE $keys IS NULL OR (a.key IN $keys AND b.key IN $keys)
RETURN r.key AS key, type(r) AS type, a.key AS from, b.key AS to,
       r.page AS page, r.quote AS quote, r.basis AS basis, r.rationale AS rationale, r.event AS event
ORDER BY key
