// The nodes of an export, one row per node, by key, for a writer that writes each row as it
// comes (Database.stream): the whole graph when $keys is null, else the nodes with those keys.
// One flat row per node with the attributes every format declares up front (a GraphML/GEXF key
// needs its type before the first node); a property a kind lacks is null.
// params: $keys: [string] | null (global keys); $kindLabels: [string] (the labels that name a kind)
// columns: key (string), label (string: the kind's label), name (string: name, title
// or text), number, page, year (int or null), value (number or null), summary, description,
// status, type, bodyKind, unit (string or null), aliases ([string] or null)
MATCH (n:Entity)
WHERE $keys IS NULL OR n.key IN $keys
RETURN n.key AS key,
       [l IN labels(n) WHERE l IN $kindLabels][0] AS label,
       coalesce(n.name, n.title, n.text) AS name,
       n.number AS number,
       n.page AS page,
       CASE WHEN n:Year THEN n.value ELSE n.year END AS year,
       CASE WHEN n:Result THEN n.value END AS value,
       n.summary AS summary,
       n.description AS description,
       n.status AS status,
       n.type AS type,
       n.bodyKind AS bodyKind,
       n.unit AS unit,
       n.aliases AS aliases
ORDER BY key
