// How the quote of each link lines up with the report's text, per relationship type: exact,
// hyphen-joined across a layout line break, or without a position (none on a loaded dataset).
// params: none   columns: type, exact (int), hyphenJoined (int), unpositioned (int)
MATCH (:Entity)-[r]->(:Entity)
WHERE r.quote IS NOT NULL
RETURN type(r) AS type,
       count(CASE WHEN r.alignment = 'exact' THEN 1 END) AS exact,
       count(CASE WHEN r.alignment = 'hyphen-joined' THEN 1 END) AS hyphenJoined,
       count(CASE WHEN r.alignment IS NULL THEN 1 END) AS unpositioned
ORDER BY type
