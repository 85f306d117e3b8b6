// The record of the last load (written by seed/record-load): which dataset the report describes.
// params: none   columns: fingerprint (string), loadedAt (string), nodes (int), relationships (int)
MATCH (d:Dataset {id: 'current'})
RETURN d.fingerprint AS fingerprint, d.loadedAt AS loadedAt, d.nodes AS nodes, d.relationships AS relationships
