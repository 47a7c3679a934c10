// Concept relations. Each request of a batch carries its own filter and page: {id, key,
// direction, types, kinds, after, before, backward, limit}; see the relationPage part.

// name: relationsOfConcepts
UNWIND $requests AS req
MATCH (c:Concept {key: req.key})
// include: relationPage
RETURN req.id AS id, relations, total

// name: relationCounts
UNWIND $requests AS req
MATCH (c:Concept {key: req.key})
RETURN req.id AS id, COUNT {
  MATCH (c)-[r]-(o:Concept)
  WHERE type(r) IN req.types
    AND (req.kinds IS NULL OR o.kind IN req.kinds)
    AND CASE req.direction WHEN 'OUT' THEN startNode(r) = c WHEN 'IN' THEN endNode(r) = c ELSE true END
} AS total

// Relations named by their ends and type (from global ids): {key, from, type, to}.
// name: relationsByEnds
UNWIND $ends AS end
MATCH (a:Concept {key: end.from})-[r]->(b:Concept {key: end.to})
WHERE type(r) = end.type AND type(r) IN $types
RETURN end.key AS key, r {
  type: type(r), from: a.key, to: b.key,
  .evidenceSections, .evidenceBases, .evidenceSourceUrls, .evidenceQuotes, .evidenceNotes
} AS relation
