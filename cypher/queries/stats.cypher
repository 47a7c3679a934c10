// Counts for a dashboard. Relations count only the RelationType names in $types; other labels
// (SchemaMigration) are never counted.

// name: graphStats
RETURN
  COUNT { (:Paper) } AS papers,
  COUNT { (:Section) } AS sections,
  COUNT { (:Concept) } AS concepts,
  COUNT { (:Concept)-[r]->(:Concept) WHERE type(r) IN $types } AS relations,
  COUNT { (:Fact) } AS facts,
  COLLECT {
    MATCH (c:Concept)
    WITH c.kind AS kind, count(*) AS count
    RETURN {kind: kind, count: count}
  } AS byKind
