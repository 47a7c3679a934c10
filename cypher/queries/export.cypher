// Whole-graph exports (src/export/). $paper is a paper key, or null for every paper.
// A paper's graph: the paper, its sections, the concepts and facts with evidence in them (plus
// the publisher and the ends of its relations), and the relationships among those. Each query
// is read record by record, so nothing here is collected over the whole graph; ORDER BY key
// keeps the output stable between runs, which the HTTP ETag relies on.

// name: exportGraphVersion
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
RETURN coalesce(v.value, 0) AS version

// name: exportPaperKeys
MATCH (p:Paper)
WHERE $paper IS NULL OR p.key = $paper
RETURN p.key AS key
ORDER BY key

// Property names and Neo4j value types, for formats that declare their columns up front.
// name: exportPropertyTypes
CALL () {
  MATCH (n) WHERE n:Paper OR n:Section OR n:Concept OR n:Fact
  UNWIND keys(n) AS name
  RETURN DISTINCT 'node' AS element, name, valueType(n[name]) AS type
  UNION
  MATCH (a)-[r]->(b)
  WHERE (a:Paper OR a:Section OR a:Concept OR a:Fact) AND (b:Section OR b:Concept)
  UNWIND keys(r) AS name
  RETURN DISTINCT 'edge' AS element, name, valueType(r[name]) AS type
}
RETURN element, name, collect(DISTINCT type) AS types
ORDER BY element, name

// name: exportPapers
MATCH (p:Paper)
WHERE $paper IS NULL OR p.key = $paper
OPTIONAL MATCH (p)-[:PUBLISHED_BY]->(publisher:Concept)
CALL (p) {
  MATCH (p)-[e:EVIDENCED_IN]->(s:Section)
  WITH e, s ORDER BY s.order, e.basis, coalesce(e.sourceUrl, '')
  RETURN collect(e {.*, section: s.key}) AS evidence
}
RETURN properties(p) AS props, publisher.key AS publisher, evidence
ORDER BY p.key

// name: exportSections
MATCH (s:Section)
WHERE $paper IS NULL OR s.paper = $paper
OPTIONAL MATCH (parent:Section)-[:HAS_SUBSECTION]->(s)
RETURN properties(s) AS props, parent.key AS parent
ORDER BY s.paper, s.order

// name: exportConcepts
MATCH (c:Concept)
WHERE $paper IS NULL
  OR EXISTS { (c)-[:EVIDENCED_IN]->(:Section {paper: $paper}) }
  OR EXISTS { (:Paper {key: $paper})-[:PUBLISHED_BY]->(c) }
  OR EXISTS { (c)-[r]-(:Concept) WHERE any(s IN r.evidenceSections WHERE s STARTS WITH $paper + '/') }
  OR EXISTS { (f:Fact)-[:ABOUT]->(c) WHERE EXISTS { (f)-[:EVIDENCED_IN]->(:Section {paper: $paper}) } }
CALL (c) {
  MATCH (c)-[e:EVIDENCED_IN]->(s:Section)
  WHERE $paper IS NULL OR s.paper = $paper
  WITH e, s ORDER BY s.paper, s.order, e.basis, coalesce(e.sourceUrl, '')
  RETURN collect(e {.*, section: s.key}) AS evidence
}
RETURN labels(c) AS labels, properties(c) AS props, evidence
ORDER BY c.key

// name: exportRelations
MATCH (a:Concept)-[r]->(b:Concept)
WHERE $paper IS NULL OR any(s IN r.evidenceSections WHERE s STARTS WITH $paper + '/')
RETURN a.key AS from, type(r) AS type, b.key AS to, properties(r) AS props
ORDER BY from, type, to

// name: exportFacts
MATCH (f:Fact)
WHERE $paper IS NULL OR EXISTS { (f)-[:EVIDENCED_IN]->(:Section {paper: $paper}) }
CALL (f) {
  MATCH (f)-[:ABOUT]->(c:Concept)
  WITH c ORDER BY c.key
  RETURN collect(c.key) AS about
}
CALL (f) {
  MATCH (f)-[e:EVIDENCED_IN]->(s:Section)
  WHERE $paper IS NULL OR s.paper = $paper
  WITH e, s ORDER BY s.paper, s.order, e.basis, coalesce(e.sourceUrl, '')
  RETURN collect(e {.*, section: s.key}) AS evidence
}
RETURN properties(f) AS props, about, evidence
ORDER BY f.key

// The property graph as stored, for GraphML, CSV and Cypher. `floats` names the properties
// holding floating-point values, which JavaScript numbers cannot tell from integers.
// name: exportRawNodes
CALL () {
  MATCH (n:Paper) WHERE $paper IS NULL OR n.key = $paper
  RETURN n, 0 AS rank
  UNION
  MATCH (n:Section) WHERE $paper IS NULL OR n.paper = $paper
  RETURN n, 1 AS rank
  UNION
  MATCH (n:Concept)
  WHERE $paper IS NULL
    OR EXISTS { (n)-[:EVIDENCED_IN]->(:Section {paper: $paper}) }
    OR EXISTS { (:Paper {key: $paper})-[:PUBLISHED_BY]->(n) }
    OR EXISTS { (n)-[r]-(:Concept) WHERE any(s IN r.evidenceSections WHERE s STARTS WITH $paper + '/') }
    OR EXISTS { (f:Fact)-[:ABOUT]->(n) WHERE EXISTS { (f)-[:EVIDENCED_IN]->(:Section {paper: $paper}) } }
  RETURN n, 2 AS rank
  UNION
  MATCH (n:Fact)
  WHERE $paper IS NULL OR EXISTS { (n)-[:EVIDENCED_IN]->(:Section {paper: $paper}) }
  RETURN n, 3 AS rank
}
RETURN labels(n) AS labels, properties(n) AS props,
  [k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'FLOAT' OR valueType(n[k]) STARTS WITH 'LIST<FLOAT'] AS floats
ORDER BY rank, n.key

// Relationships whose two ends the export holds: structure, evidence, facts' topics, relations.
// name: exportRawEdges
CALL () {
  MATCH (a:Paper)-[r:HAS_SECTION|PUBLISHED_BY|EVIDENCED_IN]->(b)
  WHERE $paper IS NULL OR a.key = $paper
  RETURN a, r, b, 0 AS rank
  UNION
  MATCH (a:Section)-[r:HAS_SUBSECTION]->(b:Section)
  WHERE $paper IS NULL OR a.paper = $paper
  RETURN a, r, b, 1 AS rank
  UNION
  MATCH (a:Concept)-[r:EVIDENCED_IN]->(b:Section)
  WHERE $paper IS NULL OR b.paper = $paper
  RETURN a, r, b, 2 AS rank
  UNION
  MATCH (a:Concept)-[r]->(b:Concept)
  WHERE $paper IS NULL OR any(s IN r.evidenceSections WHERE s STARTS WITH $paper + '/')
  RETURN a, r, b, 3 AS rank
  UNION
  MATCH (a:Fact)-[r:EVIDENCED_IN|ABOUT]->(b)
  WHERE $paper IS NULL OR EXISTS { (a)-[:EVIDENCED_IN]->(:Section {paper: $paper}) }
  WITH a, r, b WHERE type(r) = 'ABOUT' OR $paper IS NULL OR b.paper = $paper
  RETURN a, r, b, 4 AS rank
}
RETURN labels(a) AS fromLabels, a.key AS from, type(r) AS type,
  labels(b) AS toLabels, b.key AS to, properties(r) AS props,
  [k IN keys(r) WHERE valueType(r[k]) STARTS WITH 'FLOAT' OR valueType(r[k]) STARTS WITH 'LIST<FLOAT'] AS floats
ORDER BY rank, from, type, to, coalesce(r.basis, ''), coalesce(r.sourceUrl, '')

// The `graph` field: every concept of a paper with evidence of the given bases (and kinds), and
// the relations among them placed in that paper on those bases. Past $max concepts no edges are
// gathered: the resolver refuses the answer and points at the file export instead.
// name: paperGraph
MATCH (p:Paper {key: $paper})
OPTIONAL MATCH (c:Concept)
WHERE c.kind IN $kinds
  AND EXISTS {
    MATCH (c)-[e:EVIDENCED_IN]->(s:Section {paper: p.key}) WHERE e.basis IN $bases
  }
WITH p, c ORDER BY c.key
WITH p, collect(c) AS nodes
CALL (p, nodes) {
  WITH * WHERE size(nodes) <= $max
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Concept)
  WHERE type(r) IN $types AND b IN nodes
    AND any(i IN range(0, size(r.evidenceSections) - 1)
      WHERE r.evidenceBases[i] IN $bases AND r.evidenceSections[i] STARTS WITH p.key + '/')
  WITH r ORDER BY startNode(r).key, type(r), endNode(r).key
  RETURN collect(r {
    type: type(r), from: startNode(r).key, to: endNode(r).key,
    .evidenceSections, .evidenceBases, .evidenceSourceUrls, .evidenceQuotes, .evidenceNotes
  }) AS edges
}
RETURN size(nodes) AS total,
  CASE WHEN size(nodes) <= $max THEN [n IN nodes | properties(n)] ELSE [] END AS nodes,
  edges
