// Facts: figures or statements reported about a paper, each about one or more concepts.

// name: factsByKeys
UNWIND $keys AS key
MATCH (f:Fact {key: key})
RETURN key, properties(f) AS fact

// name: factsList
MATCH (f:Fact)
WHERE $about IS NULL OR EXISTS { (f)-[:ABOUT]->(:Concept {key: $about}) }
RETURN properties(f) AS fact
ORDER BY f.key
LIMIT $first

// name: factAbout
UNWIND $keys AS key
MATCH (:Fact {key: key})-[:ABOUT]->(c:Concept)
RETURN key, properties(c) AS concept
ORDER BY toLower(c.name), c.key
