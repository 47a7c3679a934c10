import { Database } from '../../src/neo4j/database';

/** Counts of what the graph holds, straight from Neo4j, to compare exports with. */
export interface GraphCounts {
  papers: number;
  sections: number;
  concepts: number;
  relations: number;
  facts: number;
  /** EVIDENCED_IN relationships: evidence of papers, concepts and facts. */
  evidence: number;
  /** Every relationship between exported nodes (structure, evidence, relations, topics). */
  relationships: number;
}

export async function graphCounts(db: Database): Promise<GraphCounts> {
  const count = async (cypher: string) => {
    const result = await db.driver.executeQuery(cypher, {}, { database: db.name });
    return result.records[0].get('n') as number;
  };
  return {
    papers: await count('MATCH (n:Paper) RETURN count(n) AS n'),
    sections: await count('MATCH (n:Section) RETURN count(n) AS n'),
    concepts: await count('MATCH (n:Concept) RETURN count(n) AS n'),
    relations: await count('MATCH (:Concept)-[r]->(:Concept) RETURN count(r) AS n'),
    facts: await count('MATCH (n:Fact) RETURN count(n) AS n'),
    evidence: await count('MATCH ()-[r:EVIDENCED_IN]->() RETURN count(r) AS n'),
    relationships: await count(
      `MATCH (a)-[r]->(b) WHERE (a:Paper OR a:Section OR a:Concept OR a:Fact)
         AND (b:Section OR b:Concept) RETURN count(r) AS n`,
    ),
  };
}
