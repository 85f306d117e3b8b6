// Organisations with how many initiatives they appear in, per role and over the chosen roles, one
// page of them with the total, for organisations(minInitiatives, roles, kinds, types, orderBy).
// An organisation counts an initiative once over the roles even if linked in two of them.
// Ties are broken by name, then key, so that the order (and every cursor) is stable.
// params: $roles: [string] (relationship types, of WITH_PARTNER, MENTIONS); $kinds, $types: [string] | null (property bodyKind / type)
//         (organisation kind / type as stored); $minInitiatives: int (>= 0); $orderBy: 'INITIATIVES' | 'NAME';
//         $offset, $limit: int
// columns: total (int), page ([{target, labels, partner: int, mention: int, initiatives: int}])
MATCH (o:Organisation)
WHERE ($kinds IS NULL OR o.bodyKind IN $kinds) AND ($types IS NULL OR o.type IN $types)
WITH o,
     COUNT { (o)<-[:WITH_PARTNER]-(:Initiative) } AS partner,
     COUNT { (o)<-[:MENTIONS]-(:Initiative) } AS mention,
     COUNT { MATCH (o)<-[r]-(i:Initiative) WHERE type(r) IN $roles RETURN DISTINCT i } AS initiatives
WHERE initiatives >= $minInitiatives
WITH o, partner, mention, initiatives
ORDER BY CASE WHEN $orderBy = 'NAME' THEN 0 ELSE initiatives END DESC, o.name, o.key
WITH collect({o: o, partner: partner, mention: mention, initiatives: initiatives}) AS ranked
RETURN size(ranked) AS total,
       [x IN ranked[$offset..($offset + $limit)] |
         {target: properties(x.o), labels: labels(x.o), partner: x.partner, mention: x.mention, initiatives: x.initiatives}] AS page
