// Organisations that are partners (WITH_PARTNER) of at least one initiative, most initiatives first.
// params: none
// columns: name (string), type (string), initiatives (int), numbers ([int], initiative numbers in order)
MATCH (o:Organisation)
WHERE EXISTS { (o)<-[:WITH_PARTNER]-(:Initiative) }
WITH o, COLLECT { MATCH (o)<-[:WITH_PARTNER]-(i:Initiative) RETURN DISTINCT i.number ORDER BY i.number } AS numbers
RETURN o.name AS name, o.type AS type, size(numbers) AS initiatives, numbers
ORDER BY initiatives DESC, name
