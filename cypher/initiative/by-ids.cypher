// Initiatives by id, for the per-request loader.
// params: $ids: [string]   columns: initiative (map)
UNWIND $ids AS id
MATCH (i:Initiative {id: id})
RETURN i {.id, .key, .number, .title, .page, .summary, .status} AS initiative
