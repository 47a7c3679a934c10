// name: relationPage
// One page of the relations of `c` asked for by `req` ({direction, types, kinds, after, before,
// backward, limit}; null asks for none). Only the RelationType names in req.types are followed.
// The order is (type, the other end's sort name, its key, outgoing first), and that list is each
// relation's sort key, which cursors carry. Yields `relations` (each with the other end's
// properties, so naming it costs nothing more) and `total`, the count of all pages together.
CALL (c, req) {
  WITH c, req WHERE req IS NOT NULL
  MATCH (c)-[r]-(o:Concept)
  WHERE type(r) IN req.types
    AND (req.kinds IS NULL OR o.kind IN req.kinds)
    AND CASE req.direction WHEN 'OUT' THEN startNode(r) = c WHEN 'IN' THEN endNode(r) = c ELSE true END
  WITH r, o, [type(r), o.sortName, o.key, CASE WHEN startNode(r) = c THEN 0 ELSE 1 END] AS sort
  ORDER BY sort
  WITH collect({r: r, o: o, sort: sort}) AS found
  WITH size(found) AS total, [x IN found
    WHERE (req.after IS NULL OR x.sort > req.after) AND (req.before IS NULL OR x.sort < req.before)
  ] AS kept
  RETURN total, [x IN (CASE WHEN req.backward THEN reverse(kept) ELSE kept END)[0..req.limit] | {
    type: type(x.r), from: startNode(x.r).key, to: endNode(x.r).key,
    evidenceSections: x.r.evidenceSections, evidenceBases: x.r.evidenceBases,
    evidenceSourceUrls: x.r.evidenceSourceUrls, evidenceQuotes: x.r.evidenceQuotes,
    evidenceNotes: x.r.evidenceNotes,
    sort: x.sort, other: properties(x.o)
  }] AS relations
}

// name: sectionsOfRelations
// The sections the evidence of `relations` names (relation sentences cite them), when
// $withSections; an expression.
CASE WHEN $withSections THEN COLLECT {
  UNWIND relations AS relation
  UNWIND relation.evidenceSections AS sectionKey
  MATCH (s:Section {key: sectionKey})
  RETURN DISTINCT properties(s)
} ELSE [] END
