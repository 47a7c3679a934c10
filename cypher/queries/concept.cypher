// Concept lookups and the filtered concept list. Concepts come back as properties(c) and are
// shaped by toConcept() in concept.record.ts.

// name: conceptsByKeys
UNWIND $keys AS key
MATCH (c:Concept {key: key})
RETURN key, properties(c) AS concept

// name: conceptEvidence
UNWIND $keys AS key
MATCH (:Concept {key: key})-[e:EVIDENCED_IN]->(s:Section)
RETURN key, s.key AS section, e.basis AS basis, e.sourceUrl AS sourceUrl, e.quote AS quote, e.note AS note
ORDER BY s.paper, s.order, CASE e.basis WHEN 'HEADING' THEN 0 WHEN 'SOURCE' THEN 1 ELSE 2 END

// The filter: kinds (always given, all kinds by default, so the kind index is used), a section
// subtree, evidence bases, a lower-cased substring of names and aliases. $rank picks the order.
// name: conceptsPage
OPTIONAL MATCH (:Section {key: $section})-[:HAS_SUBSECTION*0..]->(sub:Section)
WITH collect(sub.key) AS scope
MATCH (c:Concept)
WHERE c.kind IN $kinds
  AND ($needle IS NULL
    OR any(text IN [c.name, c.nameZh] + coalesce(c.aliases, []) WHERE toLower(text) CONTAINS $needle))
  AND ($section IS NULL AND $bases IS NULL
    OR EXISTS {
      MATCH (c)-[e:EVIDENCED_IN]->(s:Section)
      WHERE ($bases IS NULL OR e.basis IN $bases) AND ($section IS NULL OR s.key IN scope)
    })
WITH c, CASE $orderBy
  WHEN 'DEGREE' THEN -COUNT { (c)-[r]-(:Concept) WHERE type(r) IN $relationTypes }
  WHEN 'OUTLINE' THEN coalesce(COLLECT {
    MATCH (c)-[:EVIDENCED_IN]->(s:Section) RETURN s.order ORDER BY s.order LIMIT 1
  }[0], 2147483647)
  ELSE 0
END AS rank
ORDER BY rank, toLower(c.name), c.key
SKIP $offset
LIMIT $limit
RETURN properties(c) AS concept

// name: conceptsCount
OPTIONAL MATCH (:Section {key: $section})-[:HAS_SUBSECTION*0..]->(sub:Section)
WITH collect(sub.key) AS scope
MATCH (c:Concept)
WHERE c.kind IN $kinds
  AND ($needle IS NULL
    OR any(text IN [c.name, c.nameZh] + coalesce(c.aliases, []) WHERE toLower(text) CONTAINS $needle))
  AND ($section IS NULL AND $bases IS NULL
    OR EXISTS {
      MATCH (c)-[e:EVIDENCED_IN]->(s:Section)
      WHERE ($bases IS NULL OR e.basis IN $bases) AND ($section IS NULL OR s.key IN scope)
    })
RETURN count(c) AS total
