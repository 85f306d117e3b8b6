// The named entities a text may name by one of their spellings, for alias expansion in search: a
// text that names one spelling ("sønder omme") is also searched under the others ("Sdr. Omme",
// "Sdr.Omme"). Candidates come from the full-text index (any typed word in a folded spelling), so the
// work follows the words typed, not the number of entities; copies with the same spellings count once.
// params: $query: string (Lucene, from spellingsQuery in src/graph/search/lucene-query.ts)
// columns: name (string), aliases ([string]); by name, then aliases
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node
WHERE (node:Town OR node:Organisation OR node:Unit OR node:Committee) AND size(coalesce(node.aliases, [])) > 0
WITH DISTINCT node.name AS name, node.aliases AS aliases
RETURN name, aliases
ORDER BY name, reduce(joined = '', alias IN aliases | joined + '|' + alias)
