// A page of the initiatives in each of some coverage cells, in report order: those with value
// `startValue` on dimension `start` and `checkValue` on dimension `check`. It starts from the start
// value's own node (an index seek), so a cell costs the initiatives of one value, not of the graph;
// the caller makes `start` the narrower dimension (a town has a few initiatives, a theme a third).
// The dimensions mean what they mean in analysis/coverage.cypher, which defines them: keep the two in
// step (test/graph/analysis/coverage-cell.int.test.ts compares them on every matrix of the real graph).
// params: $cells: [{start, startValue, check, checkValue: string, offset, first: int}]
// columns: cell (int: index into $cells), ids ([string]: initiative keys of the page)
UNWIND range(0, size($cells) - 1) AS cell
WITH cell, $cells[cell] AS c
CALL (c) {
  CALL (c) {
    WITH c WHERE c.start = 'THEME'
    MATCH (:Entity:Theme {key: c.startValue})<-[:SUPPORTS]-(i:Initiative)
    RETURN i
    UNION
    WITH c WHERE c.start IN ['TOWN', 'TOWN_TOUCHED']
    MATCH (:Entity:Town {key: c.startValue})<-[:IN_TOWN]-(i:Initiative)
    RETURN i
    UNION
    WITH c WHERE c.start = 'TOWN_TOUCHED'
    MATCH (:Entity:Town {key: c.startValue})<-[:LOCATED_IN]-(:Entity)<-[:WITH_PARTNER|MENTIONS|RUN_BY]-(i:Initiative)
    RETURN i
    UNION
    WITH c WHERE c.start = 'COMMITTEE'
    MATCH (:Entity:Committee {key: c.startValue})<-[:DECIDED_BY|INVOLVES]-(i:Initiative)
    RETURN i
    UNION
    WITH c WHERE c.start = 'YEAR'
    MATCH (:Entity:Year {key: c.startValue})<-[:IN_YEAR]-(i:Initiative)
    RETURN i
    UNION
    WITH c WHERE c.start = 'PARTNER_TYPE'
    MATCH (o:Organisation)<-[:WITH_PARTNER]-(i:Initiative)
    WHERE o.type = substring(c.startValue, size('partner-type:'))
    RETURN i
  }
  WITH c, i
  WHERE EXISTS {
    WITH c, i WHERE c.check = 'THEME'
    MATCH (i)-[:SUPPORTS]->(v:Theme) WHERE v.key = c.checkValue
    RETURN 1 AS found
    UNION
    WITH c, i WHERE c.check IN ['TOWN', 'TOWN_TOUCHED']
    MATCH (i)-[:IN_TOWN]->(v:Town) WHERE v.key = c.checkValue
    RETURN 1 AS found
    UNION
    WITH c, i WHERE c.check = 'TOWN_TOUCHED'
    MATCH (i)-[:WITH_PARTNER|MENTIONS|RUN_BY]->(:Entity)-[:LOCATED_IN]->(v:Town) WHERE v.key = c.checkValue
    RETURN 1 AS found
    UNION
    WITH c, i WHERE c.check = 'COMMITTEE'
    MATCH (i)-[:DECIDED_BY|INVOLVES]->(v:Committee) WHERE v.key = c.checkValue
    RETURN 1 AS found
    UNION
    WITH c, i WHERE c.check = 'YEAR'
    MATCH (i)-[:IN_YEAR]->(v:Year) WHERE v.key = c.checkValue
    RETURN 1 AS found
    UNION
    WITH c, i WHERE c.check = 'PARTNER_TYPE'
    MATCH (i)-[:WITH_PARTNER]->(o:Organisation) WHERE 'partner-type:' + o.type = c.checkValue
    RETURN 1 AS found
  }
  WITH c, i ORDER BY i.number, i.key
  // A cell's own page (SKIP and LIMIT take no variables): a cell holds at most the start value's
  // initiatives, and only their keys are collected.
  WITH c, collect(i.key) AS keys
  RETURN keys[c.offset..c.offset + c.first] AS ids
}
RETURN cell, ids
