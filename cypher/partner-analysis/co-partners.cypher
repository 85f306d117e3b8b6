// Organisations that are a partner in at least one of the same initiatives as the given
// organisation, with those shared initiatives (report order); most shared first, then by name.
// With $basis, an initiative is shared only when both partner links have that basis.
// params: $key: string (organisation key, e.g. 'organisation:kirkbi'); $limit: int;
//         $basis: 'STATED' | 'INFERRED' | null
// columns: found (bool: whether the organisation exists),
//          coPartners ([{partner: {target, labels}, initiatives: [{target, labels}]}])
OPTIONAL MATCH (p:Organisation {key: $key})
RETURN p IS NOT NULL AS found,
       COLLECT {
         MATCH (p)<-[rp:WITH_PARTNER]-(i:Initiative)-[ro:WITH_PARTNER]->(o:Organisation)
         WHERE o <> p AND ($basis IS NULL OR (rp.basis = $basis AND ro.basis = $basis))
         WITH o, i ORDER BY i.number
         WITH o, collect(DISTINCT i) AS initiatives
         ORDER BY size(initiatives) DESC, o.name, o.key
         LIMIT $limit
         RETURN {
           partner: {target: properties(o), labels: labels(o)},
           initiatives: [i IN initiatives | {target: properties(i), labels: labels(i)}]
         }
       } AS coPartners
