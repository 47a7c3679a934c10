// name: neighborhoodHop
// One hop of a neighbourhood, breadth first: the concepts next to `ring` (the concepts kept at the
// previous distance) that are not in `seen` yet, by name then key, as many as the limit leaves
// room for. Only the kept concepts are expanded, so the work is bounded by their relations
// whatever the size of the graph; once the limit is reached (`truncated`) or `hops` is $depth,
// nothing more is read. A concept next to the ring lies at most one hop nearer than it, so `seen`
// holds everything to leave out.
CALL (seen, ring, hops, truncated) {
  UNWIND CASE WHEN truncated OR hops >= $depth THEN [] ELSE ring END AS a
  MATCH (a)-[r]-(b:Concept)
  WHERE type(r) IN $types AND NOT b IN seen
  WITH DISTINCT b
  ORDER BY toLower(b.name), b.key
  LIMIT $limit
  RETURN collect(b) AS found
}
WITH seen + found[0..$limit - size(seen)] AS seen,
  found[0..$limit - size(seen)] AS ring,
  hops + 1 AS hops,
  truncated OR size(found) > $limit - size(seen) AS truncated
