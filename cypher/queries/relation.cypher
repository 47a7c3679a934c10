// Concept relations. Only the RelationType names passed in $types / req.types are followed, so
// structural relationships (EVIDENCED_IN, ABOUT, HAS_SECTION, ...) never appear as relations.
// Each request of a batch carries its own filter and page: {id, key, direction, types, kinds,
// offset, limit}; SKIP/LIMIT cannot vary per row, hence the list slice.

// name: relationsOfConcepts
UNWIND $requests AS req
MATCH (c:Concept {key: req.key})-[r]-(o:Concept)
WHERE type(r) IN req.types
  AND (req.kinds IS NULL OR o.kind IN req.kinds)
  AND CASE req.direction WHEN 'OUT' THEN startNode(r) = c WHEN 'IN' THEN endNode(r) = c ELSE true END
WITH req, c, r, o
ORDER BY type(r), toLower(o.name), o.key, startNode(r) = c DESC
// The other end's properties come along, so naming it costs no further round trip.
WITH req, collect(r {
  type: type(r), from: startNode(r).key, to: endNode(r).key,
  .evidenceSections, .evidenceBases, .evidenceSourceUrls, .evidenceQuotes, .evidenceNotes,
  other: properties(o)
}) AS relations
RETURN req.id AS id, relations[req.offset..req.offset + req.limit] AS relations

// name: relationCounts
UNWIND $requests AS req
MATCH (c:Concept {key: req.key})
RETURN req.id AS id, COUNT {
  MATCH (c)-[r]-(o:Concept)
  WHERE type(r) IN req.types
    AND (req.kinds IS NULL OR o.kind IN req.kinds)
    AND CASE req.direction WHEN 'OUT' THEN startNode(r) = c WHEN 'IN' THEN endNode(r) = c ELSE true END
} AS total
