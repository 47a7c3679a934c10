// Full-text search over both analyzers: English (stemmed) and CJK (bigrams for Chinese, whole
// words otherwise). A concept found by both keeps its better score. $query is the escaped Lucene
// query built by search.lucene.ts; user text never reaches this query unescaped.

// name: searchConcepts
CALL () {
  CALL db.index.fulltext.queryNodes('concept_text_en', $query) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('concept_text_zh', $query) YIELD node, score
  RETURN node, score
}
WITH node AS c, max(score) AS score
WHERE c.kind IN $kinds
RETURN properties(c) AS concept, score
ORDER BY score DESC, toLower(c.name), c.key
LIMIT $first
