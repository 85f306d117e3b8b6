// How large an export would be, before a byte of it is sent (the size limit is checked on this).
// params: $keys: [string] | null (as in export/nodes and export/links)
// columns: nodes (int), links (int)
CALL () {
  MATCH (n:Entity) WHERE $keys IS NULL OR n.key IN $keys
  RETURN count(n) AS nodes
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity) WHERE $keys IS NULL OR (a.key IN $keys AND b.key IN $keys)
  RETURN count(r) AS links
}
RETURN nodes, links
