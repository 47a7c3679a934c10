// name: relationPage
// One page of the relations of `c` asked for by `req` ({direction, types, kinds, after, before,
// backward, limit}; null asks for none). Only the RelationType names in req.types are followed.
// The order is (type, the other end's sort name, its key, outgoing first), and that list is each
// relation's sort key, which cursors carry. Yields `total`, the count of all pages together, and
// `relations`, each a list [type, outgoing, sort, evidence, other] rather than a map: the driver
// decodes every map key of every row, which cost a concept list more Node CPU than all else. Each brings only what the selection reads: `sort` when
// $relationCursors (else null), the evidence lists as a map when $relationEvidence (else null),
// and of the other end [key, kind, name, nameZh, plural] when $briefEnds, else all its properties.
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
  RETURN total, [x IN (CASE WHEN req.backward THEN reverse(kept) ELSE kept END)[0..req.limit] | [
    type(x.r),
    x.sort[3] = 0,
    CASE WHEN $relationCursors THEN x.sort END,
    CASE WHEN $relationEvidence THEN {
      evidenceSections: x.r.evidenceSections, evidenceBases: x.r.evidenceBases,
      evidenceSourceUrls: x.r.evidenceSourceUrls, evidenceQuotes: x.r.evidenceQuotes,
      evidenceNotes: x.r.evidenceNotes
    } END,
    CASE WHEN $briefEnds THEN [x.o.key, x.o.kind, x.o.name, x.o.nameZh, x.o.plural]
      ELSE properties(x.o) END
  ]] AS relations
}

// name: sectionsOfRelations
// The sections the evidence of `relations` names (relation sentences cite them), when
// $withSections (which comes with $relationEvidence); an expression. relation[3] is the evidence.
CASE WHEN $withSections THEN COLLECT {
  UNWIND relations AS relation
  UNWIND relation[3].evidenceSections AS sectionKey
  MATCH (s:Section {key: sectionKey})
  RETURN DISTINCT properties(s)
} ELSE [] END
