// Organisations that are a partner in at least one of the same initiatives as the given
// organisation, with those shared initiatives (report order); most shared first, then by name.
// params: $key: string (organisation key, e.g. 'organisation:kirkbi'); $limit: int
// columns: found (bool: whether the organisation exists),
//          coPartners ([{partner: {target, labels}, initiatives: [{target, labels}]}])
OPTIONAL MATCH (p:Organisation {key: $key})
RETURN p IS NOT NULL AS found,
       COLLECT {
         MATCH (p)<-[:WITH_PARTNER]-(i:Initiative)-[:WITH_PARTNER]->(o:Organisation)
         WHERE o <> p
         WITH o, i ORDER BY i.number
         WITH o, collect(DISTINCT i) AS initiatives
         ORDER BY size(initiatives) DESC, o.name, o.key
         LIMIT $limit
         RETURN {
           partner: {target: properties(o), labels: labels(o)},
           initiatives: [i IN initiatives | {target: properties(i), labels: labels(i)}]
         }
       } AS coPartners
