// Creates or updates the source documents by key; properties are replaced (a new text, a new sha256).
// params: $documents: [{key, id, title, publisher, municipalityCode, councilPeriod, edition, language,
//         file, sha256, normalisation, length, lineCount, text}]   columns: merged (int)
UNWIND $documents AS doc
MERGE (d:Document {key: doc.key})
SET d = doc
RETURN count(d) AS merged
