// How many relationships between dataset nodes have each type, split by evidence basis.
// A type with no relationship still gets a row (counts 0).
// params: $types: [string] (RELATIONSHIP_TYPES of src/dataset/to-graph.ts)
// columns: type (string), count (int), stated (int), inferred (int)
UNWIND $types AS type
OPTIONAL MATCH (:Entity)-[r]->(:Entity)
WHERE type(r) = type
RETURN type,
       count(r) AS count,
       count(CASE WHEN r.basis = 'STATED' THEN 1 END) AS stated,
       count(CASE WHEN r.basis = 'INFERRED' THEN 1 END) AS inferred
