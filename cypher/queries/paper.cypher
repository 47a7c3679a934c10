// name: allPapers
MATCH (p:Paper)
RETURN p { .key, .title, .titleOriginal, .titleZh, .titleZhOriginal, .publishedOn, .event, .url } AS paper
ORDER BY p.publishedOn, p.key

// name: paperByKey
MATCH (p:Paper {key: $key})
RETURN p { .key, .title, .titleOriginal, .titleZh, .titleZhOriginal, .publishedOn, .event, .url } AS paper

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

// Walks the paper's own outline, so other papers' sections are never read.
// name: paperSectionCounts
UNWIND $keys AS key
MATCH (p:Paper {key: key})
RETURN key, COUNT { (p)-[:HAS_SECTION]->(:Section)-[:HAS_SUBSECTION*0..]->(:Section) } AS sections

// A paper with its whole outline in one statement: every section in reading order with the key
// of its parent (null for a chapter). Their number is the paper's section count. Each section is
// a list, [key, paper, number, title, titleZh, level, order, parent], not a map: the driver
// decodes every map key of every row.
// name: paperWithOutline
MATCH (p:Paper {key: $key})
CALL (p) {
  MATCH (p)-[:HAS_SECTION]->(:Section)-[:HAS_SUBSECTION*0..]->(s:Section)
  OPTIONAL MATCH (parent:Section)-[:HAS_SUBSECTION]->(s)
  WITH s, parent
  ORDER BY s.order
  RETURN collect([s.key, s.paper, s.number, s.title, s.titleZh, s.level, s.order, parent.key]) AS sections
}
RETURN p { .key, .title, .titleZh, .titleZhOriginal, .publishedOn, .event, .url } AS paper, sections
