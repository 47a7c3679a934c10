// Full-text search over both analyzers: English (stemmed) and CJK (bigrams for Chinese, whole
// words otherwise). A concept found by both keeps its better score. $queryEn and $queryZh are the
// escaped Lucene queries built by search.lucene.ts; user text never reaches them unescaped.
// Each index hands over only its best $candidates hits, so a common word never materialises
// thousands of matches; concepts named exactly like the text ($exact, lower-cased) are looked up
// by the sortName index, so they are never lost below that cut.

// name: searchConcepts
CALL () {
  CALL db.index.fulltext.queryNodes('concept_text_en', $queryEn, {limit: $candidates})
  YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('concept_text_zh', $queryZh, {limit: $candidates})
  YIELD node, score
  RETURN node, score
  UNION ALL
  MATCH (node:Concept)
  WHERE node.sortName IN $exact
  RETURN node, 0.0 AS score
}
WITH node AS c, max(score) AS score
WHERE c.kind IN $kinds
// A concept whose name or alias is exactly the text searched for comes before partial matches.
WITH c, score + CASE
  WHEN any(n IN [c.name, c.nameZh] + coalesce(c.aliases, []) WHERE toLower(n) IN $exact) THEN 100.0
  ELSE 0.0
END AS score
RETURN properties(c) AS concept, score
ORDER BY score DESC, c.sortName, c.key
LIMIT $first
