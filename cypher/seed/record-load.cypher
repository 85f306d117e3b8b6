// Records what was loaded and when; /ready and the data report read it.
// params: $fingerprint: string, $nodes: int, $relationships: int   columns: loadedAt (string)
MERGE (d:Dataset {id: 'current'})
SET d.fingerprint = $fingerprint, d.nodes = $nodes, d.relationships = $relationships, d.loadedAt = toString(datetime())
RETURN d.loadedAt AS loadedAt
