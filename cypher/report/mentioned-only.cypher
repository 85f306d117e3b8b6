// Organisations that are never a partner: those only mentioned by initiatives (MENTIONS), and
// those with no link at all (initiatives 0), most mentions first.
// params: none
// columns: name (string), type (string), initiatives (int), numbers ([int], initiative numbers in order)
MATCH (o:Organisation)
WHERE NOT EXISTS { (o)<-[:WITH_PARTNER]-(:Initiative) }
WITH o, COLLECT { MATCH (o)<-[:MENTIONS]-(i:Initiative) RETURN DISTINCT i.number ORDER BY i.number } AS numbers
RETURN o.name AS name, o.type AS type, size(numbers) AS initiatives, numbers
ORDER BY initiatives DESC, name
