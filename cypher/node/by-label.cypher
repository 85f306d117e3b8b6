// All nodes of one kind, in a natural order (report number, year, name).
// The label is a parameter (dynamic label), checked against an allow-list by the caller.
// params: $label: string   columns: target (properties), labels
MATCH (n:$($label))
RETURN properties(n) AS target, labels(n) AS labels
ORDER BY coalesce(n.number, n.value, 0), coalesce(n.name, n.title, n.text)
