// One counter that every write transaction increments, so caches can tell whether the graph
// changed since they stored an answer.
CREATE CONSTRAINT graph_version_key IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.key IS UNIQUE;
MERGE (v:GraphVersion {key: 'graph'}) ON CREATE SET v.value = 0;
