// Partners ranked by how many initiatives they are a partner in (WITH_PARTNER; a mere mention does
// not count), one page of them with the total. For each partner on the page, in the same query: its
// initiatives with the evidence of the WITH_PARTNER link (report order), and the themes and towns
// those initiatives cover, each once, in order of first appearance in the report (then by name).
// Ties are broken by name, then key, so that the order (and with it every cursor) is stable.
// params: $minInitiatives: int (>= 1); $type: string | null (organisation type, e.g. 'company');
//         $orderBy: 'INITIATIVES' | 'NAME'; $offset, $limit: int;
//         $withInitiatives, $withThemes, $withTowns: bool (the lists the request selects; an
//         unselected one is answered as [] without expanding a relationship)
//         $leanInitiatives, $leanEvidence: bool (the initiatives' selection needs only the lean
//         properties of src/graph/common/lean-rows.ts: a page of 100 partners at scale carries
//         thousands of initiatives, whose summaries, search forms and quote positions nobody asked for)
// columns: total (int),
//          page ([{partner: {target, labels}, initiativeCount: int,
//                  initiatives: [{rel, target, labels}], themes: [{target, labels}], towns: [{target, labels}]}])
// The count is the one the loader stores (seed/mark-partners.cypher), read through its index.
MATCH (o:Organisation:Partner)
WHERE o.partnerInitiatives >= $minInitiatives AND ($type IS NULL OR o.type = $type)
WITH o, o.partnerInitiatives AS initiativeCount
ORDER BY CASE WHEN $orderBy = 'NAME' THEN 0 ELSE initiativeCount END DESC, o.name, o.key
WITH collect({o: o, initiativeCount: initiativeCount}) AS ranked
WITH size(ranked) AS total, ranked[$offset..($offset + $limit)] AS selected
CALL (selected) {
  UNWIND range(0, size(selected) - 1) AS position
  WITH position, selected[position].o AS o, selected[position].initiativeCount AS initiativeCount
  WITH position, o, initiativeCount,
       CASE WHEN $withInitiatives THEN COLLECT {
         MATCH (o)<-[r:WITH_PARTNER]-(i:Initiative)
         WITH r, i ORDER BY i.number, i.key
         RETURN {
           rel: CASE WHEN $leanEvidence THEN r {.key, .page, .quote, .basis, .rationale, .event} ELSE properties(r) END,
           target: CASE WHEN $leanInitiatives THEN i {.key, .id, .number, .title, .page, .status} ELSE properties(i) END,
           labels: labels(i)
         }
       } ELSE [] END AS initiatives,
       CASE WHEN $withThemes THEN COLLECT {
         MATCH (o)<-[:WITH_PARTNER]-(i:Initiative)-[:SUPPORTS]->(t:Theme)
         WITH t, min(i.number) AS first
         ORDER BY first, t.name, t.key
         RETURN {target: properties(t), labels: labels(t)}
       } ELSE [] END AS themes,
       CASE WHEN $withTowns THEN COLLECT {
         MATCH (o)<-[:WITH_PARTNER]-(i:Initiative)-[:IN_TOWN]->(t:Town)
         WITH t, min(i.number) AS first
         ORDER BY first, t.name, t.key
         RETURN {target: properties(t), labels: labels(t)}
       } ELSE [] END AS towns
  ORDER BY position
  RETURN collect({
    partner: {target: properties(o), labels: labels(o)},
    initiativeCount: initiativeCount,
    initiatives: initiatives,
    themes: themes,
    towns: towns
  }) AS page
}
RETURN total, page
