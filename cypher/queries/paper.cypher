// name: allPapers
MATCH (p:Paper)
RETURN p { .key, .title, .titleZh, .titleZhOriginal, .publishedOn, .event, .url } AS paper
ORDER BY p.publishedOn, p.key

// name: paperByKey
MATCH (p:Paper {key: $key})
RETURN p { .key, .title, .titleZh, .titleZhOriginal, .publishedOn, .event, .url } AS paper

// name: countPapers
MATCH (p:Paper)
RETURN count(p) AS papers
