// Organisations that are a partner (WITH_PARTNER) of both initiatives, with the evidence of each
// link, by name. Two MATCH clauses, not one pattern, so that asking an initiative against itself
// returns its own partners (one pattern would demand two different relationships).
// With $basis, both links must have that basis.
// params: $a, $b: string (initiative keys, e.g. 'initiative:klimaplan'); $basis: 'STATED' | 'INFERRED' | null
// columns: foundA, foundB (bool: whether each initiative exists),
//          shared ([{partner: {target, labels}, relA, relB}])
OPTIONAL MATCH (a:Initiative {key: $a})
OPTIONAL MATCH (b:Initiative {key: $b})
RETURN a IS NOT NULL AS foundA,
       b IS NOT NULL AS foundB,
       COLLECT {
         MATCH (a)-[ra:WITH_PARTNER]->(o:Organisation)
         MATCH (b)-[rb:WITH_PARTNER]->(o)
         WHERE $basis IS NULL OR (ra.basis = $basis AND rb.basis = $basis)
         WITH o, ra, rb ORDER BY o.name, o.key
         RETURN {partner: {target: properties(o), labels: labels(o)}, relA: properties(ra), relB: properties(rb)}
       } AS shared
