// name: sectionKeysExisting
// Which of the given evidence sections exist, so bad ones are refused before any write.
UNWIND $keys AS key
MATCH (s:Section {key: key})
RETURN s.key AS key

// name: conceptKeysExisting
UNWIND $keys AS key
MATCH (c:Concept {key: key})
RETURN c.key AS key

// name: createConcept
// Dynamic labels (Neo4j 5.26) take the kind's label from a whitelisted parameter, never from text
// spliced into the query.
CREATE (c:Concept:$($label))
SET c += $props
SET c.sortName = toLower(c.name)
WITH c
UNWIND $evidence AS e
MATCH (s:Section {key: e.section})
MERGE (c)-[r:EVIDENCED_IN {basis: e.basis}]->(s)
SET r.sourceUrl = e.sourceUrl, r.note = e.note
WITH DISTINCT c
RETURN properties(c) AS concept

// name: updateConcept
MATCH (c:Concept {key: $key})
SET c += $props
SET c.sortName = toLower(c.name)
RETURN properties(c) AS concept

// name: deleteConcept
MATCH (c:Concept {key: $key})
DETACH DELETE c
RETURN count(*) AS deleted

// name: lockConcepts
// Writing a property takes each node's write lock for the rest of the transaction. Statements
// run after this one see the concepts as they are once no other write holds them: identical
// links sent in parallel run one after another (MERGE sees the relation the first one made),
// and a concept deleted meanwhile is no longer found.
UNWIND $keys AS key
MATCH (c:Concept {key: key})
SET c._lock = true
REMOVE c._lock
RETURN c.key AS key

// name: linkConcepts
MATCH (a:Concept {key: $from}), (b:Concept {key: $to})
MERGE (a)-[r:$($type)]->(b)
ON CREATE SET r.evidenceSections = [], r.evidenceBases = [], r.evidenceSourceUrls = [],
  r.evidenceNotes = []
WITH r
UNWIND $evidence AS e
WITH r, e,
  [i IN range(0, size(r.evidenceSections) - 1)
    WHERE r.evidenceSections[i] = e.section AND r.evidenceBases[i] = e.basis] AS present
WITH r, collect(CASE WHEN size(present) = 0 THEN e END) AS added
// The seed loader leaves out a URL or note list whose items are all ''; it is filled in before
// new items are appended, so the lists stay parallel. Worked out before SET changes the sections.
WITH r, added, [s IN r.evidenceSections | ''] AS blanks
SET r.evidenceSections = r.evidenceSections + [e IN added | e.section],
  r.evidenceBases = r.evidenceBases + [e IN added | e.basis],
  r.evidenceSourceUrls = coalesce(r.evidenceSourceUrls, blanks)
    + [e IN added | coalesce(e.sourceUrl, '')],
  r.evidenceNotes = coalesce(r.evidenceNotes, blanks) + [e IN added | coalesce(e.note, '')]
RETURN r {
  type: type(r), from: startNode(r).key, to: endNode(r).key,
  .evidenceSections, .evidenceBases, .evidenceSourceUrls, .evidenceQuotes, .evidenceNotes
} AS relation, [properties(startNode(r)), properties(endNode(r))] AS ends

// name: unlinkConcepts
MATCH (a:Concept {key: $from})-[r:$($type)]->(b:Concept {key: $to})
DELETE r
RETURN count(r) AS deleted
