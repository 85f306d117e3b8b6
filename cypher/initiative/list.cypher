// All initiatives in report order.
// params: none   columns: initiative (map)
MATCH (i:Initiative)
RETURN i {.id, .key, .number, .title, .page, .summary, .status} AS initiative
ORDER BY i.number
