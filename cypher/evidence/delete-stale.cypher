// Removes documents, passages and evidence spans that the dataset no longer has.
// params: $keys: [string] (the keys of all three kinds)   columns: deleted (int)
MATCH (n)
WHERE (n:Document OR n:Passage OR n:Evidence) AND NOT n.key IN $keys
DETACH DELETE n
RETURN count(*) AS deleted
