// Two analyzers: English stems words; CJK splits Chinese text, which has no spaces, into bigrams.
CREATE FULLTEXT INDEX concept_text_en IF NOT EXISTS
FOR (c:Concept) ON EACH [c.name, c.aliasText, c.summary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
CREATE FULLTEXT INDEX concept_text_zh IF NOT EXISTS
FOR (c:Concept) ON EACH [c.nameZh, c.aliasText, c.summaryZh]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
