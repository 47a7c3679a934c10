// name: bumpGraphVersion
// Run inside every write transaction, last: the node's write lock is then held only briefly, and
// the new value commits together with the change it stands for.
MERGE (v:GraphVersion {key: 'graph'})
SET v.value = coalesce(v.value, 0) + 1
RETURN v.value AS version

// name: graphVersion
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
RETURN coalesce(v.value, 0) AS version
