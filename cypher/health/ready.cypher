// Readiness: how many initiatives are loaded.
// params: none   columns: initiatives (int)
MATCH (i:Initiative)
RETURN count(i) AS initiatives
