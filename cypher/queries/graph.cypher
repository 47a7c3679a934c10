// Traversals over concept relations. Only the relation types in $types are followed (a subset
// of the eleven RelationType names), in either direction; each relation keeps its own direction.

// Nearest first, by name within each distance; up to $limit concepts, the centre first. Hop by
// hop (neighborhoodHop, once per possible hop: the API allows 3), so a hop reads only the
// relations of the concepts the previous one kept, never the whole region within $depth. Rows
// are lists, not maps, as in the relationPage part: each node all its properties, or
// [key, kind, name, nameZh, plural] when $briefNodes; each edge [type, from, to, evidence], the
// evidence lists only when $edgeEvidence.
// name: neighborhood
MATCH (center:Concept {key: $key})
WITH [center] AS seen, [center] AS ring, 0 AS hops, false AS truncated
// include: neighborhoodHop
// include: neighborhoodHop
// include: neighborhoodHop
WITH seen AS nodes, truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Concept)
  WHERE type(r) IN $types AND b IN nodes
  WITH r ORDER BY type(r), startNode(r).key, endNode(r).key
  RETURN collect([type(r), startNode(r).key, endNode(r).key, CASE WHEN $edgeEvidence THEN r {
    .evidenceSections, .evidenceBases, .evidenceSourceUrls, .evidenceQuotes, .evidenceNotes
  } END]) AS edges
}
RETURN [n IN nodes | CASE WHEN $briefNodes THEN [n.key, n.kind, n.name, n.nameZh, n.plural]
  ELSE properties(n) END] AS nodes, edges, truncated

// Up to $first shortest simple paths (no concept twice), shortest first. The search yields paths
// shortest first and stops once $first are taken, so it never looks further than it must; when
// more paths than $first tie on the last length kept, the ones the search meets first are kept.
// A quantifier takes no parameter, so one branch per $maxHops (the API allows 1 to 6) gives the
// search its real bound: with the bound only in a predicate, a pair with no short path would be
// searched to 6 hops. The predicates sit inside the path pattern, so they filter during the
// search; `y` is every node after a. SHORTEST 10 is the API's most paths.
// name: shortestPaths
MATCH (a:Concept {key: $from})
MATCH (b:Concept {key: $to})
WHERE a <> b
CALL (a, b) {
  WITH a, b WHERE $maxHops = 1
  MATCH p = SHORTEST 10 ((a) (()-[r WHERE type(r) IN $types]-(y)){1,1} (b)
    WHERE NOT a IN y AND all(n IN y WHERE single(m IN y WHERE m = n)))
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 2
  MATCH p = SHORTEST 10 ((a) (()-[r WHERE type(r) IN $types]-(y)){1,2} (b)
    WHERE NOT a IN y AND all(n IN y WHERE single(m IN y WHERE m = n)))
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 3
  MATCH p = SHORTEST 10 ((a) (()-[r WHERE type(r) IN $types]-(y)){1,3} (b)
    WHERE NOT a IN y AND all(n IN y WHERE single(m IN y WHERE m = n)))
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 4
  MATCH p = SHORTEST 10 ((a) (()-[r WHERE type(r) IN $types]-(y)){1,4} (b)
    WHERE NOT a IN y AND all(n IN y WHERE single(m IN y WHERE m = n)))
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 5
  MATCH p = SHORTEST 10 ((a) (()-[r WHERE type(r) IN $types]-(y)){1,5} (b)
    WHERE NOT a IN y AND all(n IN y WHERE single(m IN y WHERE m = n)))
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 6
  MATCH p = SHORTEST 10 ((a) (()-[r WHERE type(r) IN $types]-(y)){1,6} (b)
    WHERE NOT a IN y AND all(n IN y WHERE single(m IN y WHERE m = n)))
  RETURN p
}
WITH p LIMIT $first
WITH p, [n IN nodes(p) | n.key] AS keys
ORDER BY length(p), reduce(s = '', k IN keys | s + '>' + k)
// The sections the hops' evidence names come along: each hop's sentence cites them.
RETURN [n IN nodes(p) | properties(n)] AS concepts,
  [r IN relationships(p) | r {
    type: type(r), from: startNode(r).key, to: endNode(r).key,
    .evidenceSections, .evidenceBases, .evidenceSourceUrls, .evidenceQuotes, .evidenceNotes
  }] AS relations,
  COLLECT {
    UNWIND relationships(p) AS r
    UNWIND r.evidenceSections AS sectionKey
    MATCH (s:Section {key: sectionKey})
    RETURN DISTINCT properties(s)
  } AS sections

// Concepts tied to the same sections as the given one, most shared sections first.
// name: coMentioned
MATCH (c:Concept {key: $key})-[:EVIDENCED_IN]->(s:Section)<-[:EVIDENCED_IN]-(other:Concept)
WHERE other <> c
WITH other, s
ORDER BY s.paper, s.order
WITH other, collect(DISTINCT properties(s)) AS shared
RETURN properties(other) AS concept, shared, size(shared) AS count
ORDER BY count DESC, toLower(other.name), other.key
LIMIT $first
