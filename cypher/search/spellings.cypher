// Every named entity that has other spellings, for alias expansion in search: a text that names one
// spelling ("sønder omme") is also searched under the others ("Sdr. Omme", "Sdr.Omme").
// params: none
// columns: name (string), aliases ([string]); by name, then key
MATCH (n:Town|Organisation|Unit|Committee)
WHERE size(coalesce(n.aliases, [])) > 0
RETURN n.name AS name, n.aliases AS aliases
ORDER BY n.name, n.key
