// Readiness: a real read of the store, not only the counts Neo4j keeps beside it (a damaged store
// still counts its nodes): the titles of a few initiatives, how many there are, and the fingerprint
// of the dataset the last load recorded (null when nothing was loaded through the loader).
// params: none   columns: initiatives (int), sampled (int), fingerprint (string|null)
CALL () {
  MATCH (i:Initiative)
  RETURN count(i) AS initiatives
}
CALL () {
  MATCH (i:Initiative)
  WITH i LIMIT 5
  RETURN count(i.title) AS sampled
}
OPTIONAL MATCH (d:Dataset {id: 'current'})
RETURN initiatives, sampled, d.fingerprint AS fingerprint
