// Evidence: the EVIDENCED_IN links of concepts and facts to sections, shaped by toEvidence() in
// evidence.record.ts. Each is listed in outline order, the stronger basis first within a section.

// name: conceptEvidence
UNWIND $keys AS key
MATCH (:Concept {key: key})-[e:EVIDENCED_IN]->(s:Section)
RETURN key, s.key AS section, e.basis AS basis, e.sourceUrl AS sourceUrl, e.quote AS quote, e.note AS note
ORDER BY s.paper, s.order, CASE e.basis WHEN 'HEADING' THEN 0 WHEN 'SOURCE' THEN 1 ELSE 2 END

// name: factEvidence
UNWIND $keys AS key
MATCH (:Fact {key: key})-[e:EVIDENCED_IN]->(s:Section)
RETURN key, s.key AS section, e.basis AS basis, e.sourceUrl AS sourceUrl, e.quote AS quote, e.note AS note
ORDER BY s.paper, s.order, CASE e.basis WHEN 'HEADING' THEN 0 WHEN 'SOURCE' THEN 1 ELSE 2 END
