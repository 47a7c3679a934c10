// name: conceptScope
// The section subtree a concept list is restricted to ($section; empty when null).
OPTIONAL MATCH (:Section {key: $section})-[:HAS_SUBSECTION*0..]->(sub:Section)
WITH collect(sub.key) AS scope

// name: conceptFilter
// The conditions of a concept list on `c`, after WHERE: kinds (always given, all kinds by default),
// a section subtree (`scope`), evidence bases, a lower-cased substring of names and aliases.
c.kind IN $kinds
  AND ($needle IS NULL
    OR any(text IN [c.name, c.nameZh] + coalesce(c.aliases, []) WHERE toLower(text) CONTAINS $needle))
  AND ($section IS NULL AND $bases IS NULL
    OR EXISTS {
      MATCH (c)-[e:EVIDENCED_IN]->(s:Section)
      WHERE ($bases IS NULL OR e.basis IN $bases) AND ($section IS NULL OR s.key IN scope)
    })

// name: conceptListPage
// Ends a concept list: `page` holds {c, sort} in the order read. Each concept brings the page of
// relations $relations asks for (see relationPage), and the sections their evidence names come
// along when $withSections; `total` counts every concept, read from Neo4j's count store (it
// answers an unfiltered list's totalCount without a scan).
CALL (page) {
  UNWIND page AS item
  WITH item.c AS c, item.sort AS sort, $relations AS req
  // include: relationPage
  RETURN collect({concept: properties(c), sort: sort, relations: relations, total: total}) AS items
}
CALL () {
  MATCH (every:Concept)
  RETURN count(every) AS total
}
WITH items, total, reduce(acc = [], item IN items | acc + coalesce(item.relations, [])) AS relations
RETURN items, total,
  // include: sectionsOfRelations
  AS sections
