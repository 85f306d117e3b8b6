// Alignment of the quote of every stated link (null: the quote has no position), for the report and
// the check that a stated link is exact or hyphen-joined.
// params: none   columns: type, alignment, count (int)
MATCH (:Entity)-[r]->(:Entity)
WHERE r.basis = 'STATED'
RETURN type(r) AS type, r.alignment AS alignment, count(*) AS count
ORDER BY type, alignment
