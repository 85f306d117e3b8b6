// Every quoted span inside the given passages, with the links that rest on it (none for a quote
// of a field, e.g. a result's classification). Links are found by the passage key copied onto them.
// params: $keys: [string] (passage keys)
// columns: key, evidence (properties), links ([{type, from, fromLabel, to, toLabel, basis}], by type then target)
UNWIND $keys AS key
MATCH (e:Evidence {passage: key})
OPTIONAL MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.passage = key AND r.evidenceId = e.id
WITH key, e, r, a, b
ORDER BY type(r), coalesce(b.name, b.title, b.text)
WITH key, e, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), from: a.key, fromLabel: coalesce(a.title, a.name), to: b.key, toLabel: coalesce(b.name, b.title, b.text), basis: r.basis} END) AS links
RETURN key, properties(e) AS evidence, links
ORDER BY key, e.start, e.end
