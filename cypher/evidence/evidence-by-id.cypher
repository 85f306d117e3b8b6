// One evidence span with the whole text of its document, for verifyEvidence (re-finding the quote
// in the hashed text) and evidence(id).
// params: $id: string   columns: evidence (properties), sha256, text
MATCH (e:Evidence {id: $id})
MATCH (d:Document {id: e.document})
RETURN properties(e) AS evidence, d.sha256 AS sha256, d.text AS text
