// name: allPapers
MATCH (p:Paper)
RETURN p { .key, .title, .titleOriginal, .titleZh, .titleZhOriginal, .publishedOn, .event, .url } AS paper
ORDER BY p.publishedOn, p.key

// name: paperByKey
MATCH (p:Paper {key: $key})
RETURN p { .key, .title, .titleOriginal, .titleZh, .titleZhOriginal, .publishedOn, .event, .url } AS paper

// name: countPapers
MATCH (p:Paper)
RETURN count(p) AS papers

// name: papersByKeys
UNWIND $keys AS key
MATCH (p:Paper {key: key})
RETURN key, p { .key, .title, .titleOriginal, .titleZh, .titleZhOriginal, .publishedOn, .event, .url } AS paper

// Top-level chapters only; subsections hang below them.
// name: paperOutlines
UNWIND $keys AS key
MATCH (:Paper {key: key})-[:HAS_SECTION]->(s:Section)
RETURN key, properties(s) AS section
ORDER BY s.order

// name: paperPublishers
UNWIND $keys AS key
MATCH (:Paper {key: key})-[:PUBLISHED_BY]->(c:Concept)
RETURN key, properties(c) AS concept
ORDER BY c.key

// name: paperSectionCounts
UNWIND $keys AS key
RETURN key, COUNT { (s:Section) WHERE s.paper = key } AS sections
