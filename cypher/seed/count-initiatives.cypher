// How many initiatives the graph holds; 0 means "empty, load the dataset".
// params: none   columns: initiatives (int)
MATCH (i:Initiative)
RETURN count(i) AS initiatives
