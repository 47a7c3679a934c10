// Graph seed loading (src/seed/seed.loader.ts): the conflict checks are reads that run before
// any write; each merge runs on a batch of rows in a write transaction of its own.
// Every merge compares the stored property map with the seed's before writing, so a reload of an
// unchanged seed writes nothing, and each returns rows of (status, count) for the load report.
// `seededBy` marks what a paper's seed created; only marked things are ever pruned.
// Each query looks its rows up by key through the unique indexes. A relationship between two
// such nodes is found by expanding from one end (`(a)-[r]->(end) WHERE end = b`): written as
// `(a)-[r:$(row.type)]->(b)`, a dynamic type gives the planner nothing to estimate, and on an
// empty database it plans a scan of all relationships for every row.

// name: seedLoadState
// A load marks the graph incomplete before its first write and complete after its last one.
OPTIONAL MATCH (p:Paper)
WITH count(p) AS papers
OPTIONAL MATCH (m:SeedLoad {key: 'graph-seed'})
RETURN papers, coalesce(m.complete, true) AS complete

// name: seedLoadStart
MERGE (m:SeedLoad {key: 'graph-seed'})
SET m.complete = false

// name: seedLoadFinish
MERGE (m:SeedLoad {key: 'graph-seed'})
SET m.complete = true

// name: seedHeldKeys
// How many concepts and facts the graph holds, from Neo4j's counts: none means a first load,
// whose keys cannot be anyone's yet.
CALL () { MATCH (c:Concept) RETURN count(c) AS concepts }
CALL () { MATCH (f:Fact) RETURN count(f) AS facts }
RETURN concepts + facts AS held

// name: seedOwners
// The seed's concept and fact keys that exist already, with the paper whose seed made each
// (null: an editor through the API).
UNWIND $keys AS key
OPTIONAL MATCH (c:Concept {key: key})
OPTIONAL MATCH (f:Fact {key: key})
WITH key, coalesce(c, f) AS node
WHERE node IS NOT NULL
RETURN key, node.seededBy AS owner

// name: seedRelationOwners
// Relations the seed would take over although another paper or the API made them.
UNWIND $rows AS row
MATCH (a:Concept {key: row.from}), (b:Concept {key: row.to})
MATCH (a)-[r]->(end)
WHERE end = b AND type(r) = row.type AND coalesce(r.seededBy, '') <> $paper
RETURN row.from + ' ' + row.type + ' ' + row.to AS key, r.seededBy AS owner

// name: seedMergePapers
UNWIND $rows AS row
OPTIONAL MATCH (old:Paper {key: row.key})
WITH row, CASE
  WHEN old IS NULL THEN 'created'
  WHEN properties(old) = row.props THEN 'unchanged'
  ELSE 'updated'
END AS status
CALL (row, status) {
  WITH * WHERE status <> 'unchanged'
  MERGE (p:Paper {key: row.key})
  SET p = row.props
}
RETURN status, count(*) AS count

// name: seedMergeSections
UNWIND $rows AS row
OPTIONAL MATCH (old:Section {key: row.key})
WITH row, CASE
  WHEN old IS NULL THEN 'created'
  WHEN properties(old) = row.props THEN 'unchanged'
  ELSE 'updated'
END AS status
CALL (row, status) {
  WITH * WHERE status <> 'unchanged'
  MERGE (s:Section {key: row.key})
  SET s = row.props
}
RETURN status, count(*) AS count

// name: seedMergeConcepts
// The kind label must be the only one beside Concept, so a kind change also swaps the label:
// every label but Concept goes, whatever the kinds are, and the row's kind label is set. The
// plan keeps its unique-index seeks; reading labels(c) costs about 2 db hits a row more than a
// written-out list of kind labels would.
UNWIND $rows AS row
OPTIONAL MATCH (old:Concept {key: row.key})
WITH row, CASE
  WHEN old IS NULL THEN 'created'
  WHEN properties(old) = row.props AND size(labels(old)) = 2 AND row.label IN labels(old)
    THEN 'unchanged'
  ELSE 'updated'
END AS status
CALL (row, status) {
  WITH * WHERE status <> 'unchanged'
  MERGE (c:Concept {key: row.key})
  SET c = row.props
  REMOVE c:$([label IN labels(c) WHERE label <> 'Concept'])
  SET c:$(row.label)
}
RETURN status, count(*) AS count

// name: seedCreateConcepts
// Concepts whose keys the load found nowhere in the graph (seedOwners): created outright, with
// none of the merge's comparisons. The create queries add the properties with `+=`: on a new
// node or relationship it gives what `=` gives, without first removing the (no) properties there,
// one database hit a row fewer. Should something create one of these keys after the check,
// the key's unique constraint stops the batch instead of taking it over.
UNWIND $rows AS row
CREATE (c:Concept:$(row.label))
SET c += row.props
RETURN 'created' AS status, count(*) AS count

// name: seedMergeFacts
UNWIND $rows AS row
WITH row, row.props AS base
WITH row, CASE WHEN row.value IS NULL THEN base ELSE base {.*, value: toFloat(row.value)} END AS props
OPTIONAL MATCH (old:Fact {key: row.key})
WITH row, props, CASE
  WHEN old IS NULL THEN 'created'
  WHEN properties(old) = props THEN 'unchanged'
  ELSE 'updated'
END AS status
CALL (row, props, status) {
  WITH * WHERE status <> 'unchanged'
  MERGE (f:Fact {key: row.key})
  SET f = props
}
RETURN status, count(*) AS count

// name: seedCreateFacts
// Facts whose keys the load found nowhere in the graph, as seedCreateConcepts.
UNWIND $rows AS row
WITH row, row.props AS base
WITH CASE WHEN row.value IS NULL THEN base ELSE base {.*, value: toFloat(row.value)} END AS props
CREATE (f:Fact)
SET f += props
RETURN 'created' AS status, count(*) AS count

// name: seedMergeRelations
// The relation type is the relationship type, set dynamically (Neo4j 5.26+). A batch never holds
// the same relation twice (the validator refuses duplicates), so a missing one is created.
UNWIND $rows AS row
MATCH (a:Concept {key: row.from}), (b:Concept {key: row.to})
OPTIONAL MATCH (a)-[old]->(end)
  WHERE end = b AND type(old) = row.type
WITH a, b, old, row, CASE
  WHEN old IS NULL THEN 'created'
  WHEN properties(old) = row.props THEN 'unchanged'
  ELSE 'updated'
END AS status
CALL (a, b, row, status) {
  WITH * WHERE status = 'created'
  CREATE (a)-[r:$(row.type)]->(b)
  SET r = row.props
}
CALL (old, row, status) {
  WITH * WHERE status = 'updated'
  SET old = row.props
}
RETURN status, count(*) AS count

// name: seedCreateRelations
// Relations with an end the load found nowhere in the graph, so they cannot exist yet.
UNWIND $rows AS row
MATCH (a:Concept {key: row.from}), (b:Concept {key: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r += row.props
RETURN 'created' AS status, count(*) AS count

// name: seedMergeEvidence
// An evidence item is identified by owner, section, basis and source URL (absent for non-SOURCE).
UNWIND $rows AS row
CALL (row) {
  MATCH (o:Paper {key: row.owner}) WHERE row.ownerLabel = 'Paper' RETURN o
  UNION
  MATCH (o:Concept {key: row.owner}) WHERE row.ownerLabel = 'Concept' RETURN o
  UNION
  MATCH (o:Fact {key: row.owner}) WHERE row.ownerLabel = 'Fact' RETURN o
}
MATCH (s:Section {key: row.section})
OPTIONAL MATCH (o)-[old:EVIDENCED_IN {basis: row.props.basis}]->(s)
  WHERE coalesce(old.sourceUrl, '') = coalesce(row.props.sourceUrl, '')
WITH o, s, old, row, CASE
  WHEN old IS NULL THEN 'created'
  WHEN properties(old) = row.props THEN 'unchanged'
  ELSE 'updated'
END AS status
CALL (o, s, row, status) {
  WITH * WHERE status = 'created'
  CREATE (o)-[r:EVIDENCED_IN]->(s)
  SET r = row.props
}
CALL (old, row, status) {
  WITH * WHERE status = 'updated'
  SET old = row.props
}
RETURN status, count(*) AS count

// name: seedCreateEvidence
// Evidence of concepts and facts the load found nowhere in the graph, so it cannot exist yet.
UNWIND $rows AS row
CALL (row) {
  MATCH (o:Concept {key: row.owner}) WHERE row.ownerLabel = 'Concept' RETURN o
  UNION
  MATCH (o:Fact {key: row.owner}) WHERE row.ownerLabel = 'Fact' RETURN o
}
MATCH (s:Section {key: row.section})
CREATE (o)-[r:EVIDENCED_IN]->(s)
SET r += row.props
RETURN 'created' AS status, count(*) AS count

// name: seedLinkChapters
UNWIND $rows AS row
MATCH (p:Paper {key: row.from}), (s:Section {key: row.to})
WHERE NOT (p)-[:HAS_SECTION]->(s)
CREATE (p)-[:HAS_SECTION]->(s)
RETURN count(*) AS created

// name: seedLinkSubsections
UNWIND $rows AS row
MATCH (parent:Section {key: row.from}), (child:Section {key: row.to})
WHERE NOT (parent)-[:HAS_SUBSECTION]->(child)
CREATE (parent)-[:HAS_SUBSECTION]->(child)
RETURN count(*) AS created

// name: seedLinkPublishers
UNWIND $rows AS row
MATCH (p:Paper {key: row.from}), (c:Concept {key: row.to})
WHERE NOT (p)-[:PUBLISHED_BY]->(c)
CREATE (p)-[:PUBLISHED_BY]->(c)
RETURN count(*) AS created

// name: seedLinkAbout
UNWIND $rows AS row
MATCH (f:Fact {key: row.from}), (c:Concept {key: row.to})
WHERE NOT (f)-[:ABOUT]->(c)
CREATE (f)-[:ABOUT]->(c)
RETURN count(*) AS created

// name: seedPruneEvidence
MATCH (o)-[r:EVIDENCED_IN {seededBy: $paper}]->(s:Section)
WHERE NOT o.key + '|' + s.key + '|' + r.basis + '|' + coalesce(r.sourceUrl, '') IN $keep
DELETE r
RETURN count(*) AS deleted

// name: seedPruneRelations
MATCH (a:Concept)-[r {seededBy: $paper}]->(b:Concept)
WHERE NOT a.key + '|' + type(r) + '|' + b.key IN $keep
DELETE r
RETURN count(*) AS deleted

// name: seedPrunePublishers
MATCH (p:Paper {key: $paper})-[r:PUBLISHED_BY]->(c:Concept)
WHERE NOT p.key + '|' + c.key IN $keep
DELETE r
RETURN count(*) AS deleted

// name: seedPruneAbout
MATCH (f:Fact {seededBy: $paper})-[r:ABOUT]->(c:Concept)
WHERE NOT f.key + '|' + c.key IN $keep
DELETE r
RETURN count(*) AS deleted

// name: seedPruneFacts
MATCH (f:Fact {seededBy: $paper})
WHERE NOT f.key IN $keep
DETACH DELETE f
RETURN count(*) AS deleted

// name: seedPruneConcepts
MATCH (c:Concept {seededBy: $paper})
WHERE NOT c.key IN $keep
DETACH DELETE c
RETURN count(*) AS deleted

// name: seedPruneSections
MATCH (s:Section {seededBy: $paper})
WHERE NOT s.key IN $keep
DETACH DELETE s
RETURN count(*) AS deleted
