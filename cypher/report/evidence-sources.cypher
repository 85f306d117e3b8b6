// The source documents, their passages and their evidence spans (every distinct quoted span of
// the dataset, links and fields alike) by alignment.
// params: none   columns: title, sha256, passages (int), exact (int), hyphenJoined (int)
MATCH (d:Document)
CALL (d) {
  OPTIONAL MATCH (p:Passage {document: d.id})
  RETURN count(p) AS passages
}
CALL (d) {
  OPTIONAL MATCH (e:Evidence {document: d.id})
  RETURN count(CASE WHEN e.alignment = 'exact' THEN 1 END) AS exact, count(CASE WHEN e.alignment = 'hyphen-joined' THEN 1 END) AS hyphenJoined
}
RETURN d.title AS title, d.sha256 AS sha256, passages, exact, hyphenJoined
ORDER BY d.id
