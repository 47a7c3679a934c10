// Concept lookups and the filtered concept list. Concepts come back as properties(c) and are
// shaped by toConcept() in concept.record.ts.

// name: conceptsByKeys
UNWIND $keys AS key
MATCH (c:Concept {key: key})
RETURN key, properties(c) AS concept

// A concept page in one statement: the concept, its evidence with the sections when
// $withEvidence, a page of its relations when $relations asks for one (see relationPage), and the
// sections that relations' evidence names when $withSections (their sentences cite them).
// name: conceptPage
MATCH (c:Concept {key: $key})
CALL (c) {
  OPTIONAL MATCH (c)-[e:EVIDENCED_IN]->(s:Section)
  WHERE $withEvidence
  WITH e, s
  ORDER BY s.paper, s.order, CASE e.basis WHEN 'HEADING' THEN 0 WHEN 'SOURCE' THEN 1 ELSE 2 END
  RETURN collect(CASE WHEN e IS NOT NULL THEN {
    section: s.key, basis: e.basis, sourceUrl: e.sourceUrl, quote: e.quote, note: e.note,
    props: properties(s)
  } END) AS evidence
}
WITH c, evidence, $relations AS req
// include: relationPage
RETURN properties(c) AS concept, evidence, relations, total,
  // include: sectionsOfRelations
  AS sections

// The default order, by name ignoring case, read from the sortName index and stopped after
// $limit: a page costs the same whatever the number of concepts. Sort key: [sortName, key].
// name: conceptsByName
// include: conceptScope
MATCH (c:Concept)
WHERE c.sortName >= coalesce($after[0], '')
  AND ($after IS NULL OR [c.sortName, c.key] > $after)
  AND ($before IS NULL OR [c.sortName, c.key] < $before)
  AND
  // include: conceptFilter
WITH c
ORDER BY c.sortName, c.key
LIMIT $limit
WITH collect({c: c, sort: [c.sortName, c.key]}) AS page
// include: conceptListPage

// The same order read backwards from $before (for `last`), nearest first.
// name: conceptsByNameBackward
// include: conceptScope
MATCH (c:Concept)
WHERE c.sortName <= coalesce($before[0], '\uFFFF')
  AND ($after IS NULL OR [c.sortName, c.key] > $after)
  AND ($before IS NULL OR [c.sortName, c.key] < $before)
  AND
  // include: conceptFilter
WITH c
ORDER BY c.sortName DESC, c.key DESC
LIMIT $limit
WITH collect({c: c, sort: [c.sortName, c.key]}) AS page
// include: conceptListPage

// Orders computed per concept, so every match is ranked: DEGREE (most relations first) or
// OUTLINE (earliest section first). Sort key: [rank, sortName, key].
// name: conceptsRanked
// include: conceptScope
MATCH (c:Concept)
WHERE
  // include: conceptFilter
WITH c, CASE $orderBy
  WHEN 'DEGREE' THEN -COUNT { (c)-[r]-(:Concept) WHERE type(r) IN $relationTypes }
  ELSE coalesce(COLLECT {
    MATCH (c)-[:EVIDENCED_IN]->(s:Section) RETURN s.order ORDER BY s.order LIMIT 1
  }[0], 2147483647)
END AS rank
WITH c, [rank, c.sortName, c.key] AS sort
WHERE ($after IS NULL OR sort > $after) AND ($before IS NULL OR sort < $before)
ORDER BY sort
WITH collect({c: c, sort: sort}) AS kept
WITH (CASE WHEN $backward THEN reverse(kept) ELSE kept END)[0..$limit] AS page
// include: conceptListPage

// name: conceptsCount
// include: conceptScope
MATCH (c:Concept)
WHERE
  // include: conceptFilter
RETURN count(c) AS total
