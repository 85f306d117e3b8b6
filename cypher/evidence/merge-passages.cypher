// Creates or updates the passages (the report's text of each example) by key and links each to its
// initiative; a passage has no :Entity label, so no path between entities runs through it.
// params: $passages: [{key, id, document, initiative, initiativeKey, starts, ends, firstLines,
//         lastLines, text, checked, note}]   columns: merged (int)
UNWIND $passages AS passage
MERGE (p:Passage {key: passage.key})
SET p = passage
WITH p, passage
MATCH (i:Initiative {key: passage.initiativeKey})
MERGE (p)-[:PASSAGE_OF]->(i)
RETURN count(p) AS merged
