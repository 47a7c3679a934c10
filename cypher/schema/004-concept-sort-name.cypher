// The concept list's default order (by name, ignoring case) read straight from an index, so a
// page costs the same whatever the graph's size. Writers set `sortName` to the lower-cased name.
CREATE RANGE INDEX concept_sort_name IF NOT EXISTS FOR (c:Concept) ON (c.sortName);
MATCH (c:Concept) WHERE c.sortName IS NULL SET c.sortName = toLower(c.name);
