// Readiness: a real read of the store, not only the counts Neo4j keeps beside it (a damaged store
// still counts its nodes): a few initiatives read back whole, how many there are, and the
// fingerprint of the dataset the last load recorded (null when nothing was loaded through the loader).
// `readable` counts the sampled initiatives whose key and title come back as non-empty strings:
// with a truncated string store Neo4j starts, counts 100 initiatives and returns "" for every long
// string, so a sample that is merely present proves nothing. A title is long enough to live in the
// string store, not inline in the property record.
// params: none   columns: initiatives (int), sampled (int), readable (int), fingerprint (string|null)
CALL () {
  MATCH (i:Initiative)
  RETURN count(i) AS initiatives
}
CALL () {
  MATCH (i:Initiative)
  WITH i LIMIT 5
  RETURN count(i) AS sampled,
         count(CASE WHEN size(coalesce(i.key, '')) > 0 AND size(coalesce(i.title, '')) > 0 THEN 1 END) AS readable
}
OPTIONAL MATCH (d:Dataset {id: 'current'})
RETURN initiatives, sampled, readable, d.fingerprint AS fingerprint
