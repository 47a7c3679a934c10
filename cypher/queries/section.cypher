// Sections of a paper's outline. Keys are `<paper>/<number>`.

// name: sectionsByKeys
UNWIND $keys AS key
MATCH (s:Section {key: key})
RETURN key, properties(s) AS section

// name: sectionChildren
UNWIND $keys AS key
MATCH (:Section {key: key})-[:HAS_SUBSECTION]->(child:Section)
RETURN key, properties(child) AS section
ORDER BY child.order

// name: sectionParents
UNWIND $keys AS key
MATCH (parent:Section)-[:HAS_SUBSECTION]->(:Section {key: key})
RETURN key, properties(parent) AS section

// The chain from the chapter down to the section itself.
// name: sectionPaths
UNWIND $keys AS key
MATCH p = (top:Section)-[:HAS_SUBSECTION*0..]->(:Section {key: key})
WHERE NOT EXISTS { (:Section)-[:HAS_SUBSECTION]->(top) }
RETURN key, [n IN nodes(p) | properties(n)] AS sections

// Concepts with evidence in a section or any of its subsections, in order of first appearance:
// sort key [first section order, sortName, key]. Requests: {id, key, kinds, after, before,
// backward, limit}; a backward page comes nearest `before` first.
// name: sectionConcepts
UNWIND $requests AS req
CALL (req) {
  MATCH (:Section {key: req.key})-[:HAS_SUBSECTION*0..]->(s:Section)<-[:EVIDENCED_IN]-(c:Concept)
  WHERE c.kind IN req.kinds
  WITH c, min(s.order) AS firstOrder
  WITH c, [firstOrder, c.sortName, c.key] AS sort
  ORDER BY sort
  WITH collect({c: c, sort: sort}) AS found
  WITH [x IN found
    WHERE (req.after IS NULL OR x.sort > req.after) AND (req.before IS NULL OR x.sort < req.before)
  ] AS kept
  RETURN [x IN (CASE WHEN req.backward THEN reverse(kept) ELSE kept END)[0..req.limit] |
    {concept: properties(x.c), sort: x.sort}] AS concepts
}
RETURN req.id AS id, concepts

// name: sectionConceptCounts
UNWIND $requests AS req
MATCH (root:Section {key: req.key})
CALL (root, req) {
  MATCH (root)-[:HAS_SUBSECTION*0..]->(:Section)<-[:EVIDENCED_IN]-(c:Concept)
  WHERE c.kind IN req.kinds
  RETURN count(DISTINCT c) AS total
}
RETURN req.id AS id, total
