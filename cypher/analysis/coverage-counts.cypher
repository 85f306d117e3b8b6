// The coverage matrix of two dimensions counted in the database: per non-empty cell only its count,
// no initiative ids (a cell's ids are read only when asked, from analysis/coverage). Values are
// {id, label} maps; an initiative counts once per value (UNION removes duplicates, e.g. two events
// in one year). PARTNER_TYPE counts WITH_PARTNER links only; TOWN_TOUCHED adds to the towns the
// initiative happens in the towns of the bodies it works with, mentions or is run by (LOCATED_IN).
// params: $rows, $columns: string (two different of THEME, TOWN, TOWN_TOUCHED, COMMITTEE, YEAR, PARTNER_TYPE)
// columns: total (int: initiatives with a value on both), rows, columns ([{id, label}], unsorted),
//          cells ([{row, column, count}], unsorted)
MATCH (i:Initiative)
CALL (i) {
  UNWIND [$rows, $columns] AS dimension
  CALL (i, dimension) {
    WITH i WHERE dimension = 'THEME'
    MATCH (i)-[:SUPPORTS]->(v:Theme)
    RETURN {id: v.key, label: v.name} AS value
    UNION
    WITH i WHERE dimension IN ['TOWN', 'TOWN_TOUCHED']
    MATCH (i)-[:IN_TOWN]->(v:Town)
    RETURN {id: v.key, label: v.name} AS value
    UNION
    WITH i WHERE dimension = 'TOWN_TOUCHED'
    MATCH (i)-[:WITH_PARTNER|MENTIONS|RUN_BY]->(:Entity)-[:LOCATED_IN]->(v:Town)
    RETURN {id: v.key, label: v.name} AS value
    UNION
    WITH i WHERE dimension = 'COMMITTEE'
    MATCH (i)-[:DECIDED_BY|INVOLVES]->(v:Committee)
    RETURN {id: v.key, label: v.name} AS value
    UNION
    WITH i WHERE dimension = 'YEAR'
    MATCH (i)-[:IN_YEAR]->(v:Year)
    RETURN {id: v.key, label: toString(v.value)} AS value
    UNION
    WITH i WHERE dimension = 'PARTNER_TYPE'
    MATCH (i)-[:WITH_PARTNER]->(v:Organisation)
    RETURN {id: 'partner-type:' + v.type, label: v.type} AS value
  }
  RETURN collect(CASE WHEN dimension = $rows THEN value END) AS mine,
         collect(CASE WHEN dimension = $columns THEN value END) AS theirs
}
// One streaming aggregation, whose table holds only the matrix, never the initiatives: each
// initiative emits [row, null] per row value, [null, column] per column value, [row, column] per
// cell and one [null, null] when it has both (the total).
WITH mine, theirs
UNWIND [row IN mine | [row, null]] + [column IN theirs | [null, column]]
       + reduce(pairs = [], row IN mine | pairs + [column IN theirs | [row, column]])
       + CASE WHEN size(mine) > 0 AND size(theirs) > 0 THEN [[null, null]] ELSE [] END AS pair
WITH pair[0] AS row, pair[1] AS column, count(*) AS count
RETURN coalesce(sum(CASE WHEN row IS NULL AND column IS NULL THEN count END), 0) AS total,
       collect(CASE WHEN column IS NULL THEN row END) AS rows,
       collect(CASE WHEN row IS NULL THEN column END) AS columns,
       collect(CASE WHEN row IS NOT NULL AND column IS NOT NULL THEN {row: row.id, column: column.id, count: count} END) AS cells
