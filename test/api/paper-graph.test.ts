import { startTestApp, TestApp } from '../helpers/app';
import { waitFor } from '../helpers/wait-for';
import { openTestDatabase } from '../helpers/neo4j';

const PAPER = 'caict-blockchain-2020';

/** What a whole-graph view asks for: enough to draw and colour every node and edge. */
const WHOLE_GRAPH = `
  query WholeGraph($paper: String!, $kinds: [ConceptKind!], $bases: [EvidenceBasis!]) {
    graph(paper: $paper, kinds: $kinds, bases: $bases) {
      nodes { key kind name nameZh: name(lang: ZH) evidence { basis section { number } } }
      edges { type from { key } to { key } evidence { basis section { number } } }
    }
  }`;

interface GraphAnswer {
  graph: {
    nodes: { key: string; kind: string; evidence: { basis: string }[] }[];
    edges: {
      type: string;
      from: { key: string };
      to: { key: string };
      evidence: { basis: string }[];
    }[];
  } | null;
}

let app: TestApp;
let db: ReturnType<typeof openTestDatabase>;
const one = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.db.driver.executeQuery(cypher, params, { database: db.db.name })).records[0].get(
    'n',
  ) as number;

beforeAll(async () => {
  db = openTestDatabase();
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
  await db.close();
});

async function graph(variables: Record<string, unknown>) {
  const body = await app.graphql<GraphAnswer>(WHOLE_GRAPH, { paper: PAPER, ...variables });
  expect(body.errors).toBeUndefined();
  return body.data!.graph!;
}

describe('graph(paper:, kinds:, bases:)', () => {
  it('answers every concept and relation of the paper in one request, under the default cost limit', async () => {
    const { nodes, edges } = await graph({});
    expect(nodes).toHaveLength(await one('MATCH (c:Concept) RETURN count(c) AS n'));
    expect(edges).toHaveLength(await one('MATCH (:Concept)-[r]->(:Concept) RETURN count(r) AS n'));
    const keys = new Set(nodes.map((n) => n.key));
    for (const edge of edges) expect(keys.has(edge.from.key) && keys.has(edge.to.key)).toBe(true);
  });

  it('keeps only the requested kinds, and the relations among them', async () => {
    const { nodes, edges } = await graph({ kinds: ['TECHNOLOGY'] });
    expect(nodes.length).toBe(
      await one("MATCH (c:Concept {kind: 'TECHNOLOGY'}) RETURN count(c) AS n"),
    );
    expect(new Set(nodes.map((n) => n.kind))).toEqual(new Set(['TECHNOLOGY']));
    expect(edges.length).toBe(
      await one(
        "MATCH (:Concept {kind: 'TECHNOLOGY'})-[r]->(:Concept {kind: 'TECHNOLOGY'}) RETURN count(r) AS n",
      ),
    );
  });

  it('keeps only concepts and relations with evidence on the requested bases', async () => {
    const { nodes, edges } = await graph({ bases: ['HEADING', 'SOURCE'] });
    expect(nodes.length).toBe(
      await one(
        `MATCH (c:Concept) WHERE EXISTS {
           (c)-[e:EVIDENCED_IN]->(:Section) WHERE e.basis IN ['HEADING', 'SOURCE'] }
         RETURN count(c) AS n`,
      ),
    );
    expect(nodes.length).toBeLessThan(await one('MATCH (c:Concept) RETURN count(c) AS n'));
    for (const item of [...nodes, ...edges]) {
      expect(item.evidence.some((e) => e.basis !== 'CURATED')).toBe(true);
    }
  });

  it('answers null for an unknown paper', async () => {
    const body = await app.graphql<GraphAnswer>(WHOLE_GRAPH, { paper: 'no-such-paper' });
    // `extensions` carries the operation's cost, as in every answer.
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ graph: null });
  });

  describe('past its maximum', () => {
    const PREFIX = 'graph-max-test-';
    /**
     * Like every write, these move the graph version on in the same transaction, so the app's
     * response cache stops answering with the graph from before them once it has seen the new
     * version (at its next poll: the write is not made through the app).
     */
    const BUMP_GRAPH_VERSION = `WITH count(*) AS written
      MERGE (v:GraphVersion {key: 'graph'}) SET v.value = coalesce(v.value, 0) + 1`;
    beforeAll(async () => {
      await db.db.driver.executeQuery(
        `MATCH (s:Section {key: $section})
         UNWIND range(1, 2000) AS i
         CREATE (c:Concept:Technology {key: $prefix + i, kind: 'TECHNOLOGY', name: 'Filler ' + i})
         CREATE (c)-[:EVIDENCED_IN {basis: 'CURATED'}]->(s)
         ${BUMP_GRAPH_VERSION}`,
        { section: `${PAPER}/II.(1).1`, prefix: PREFIX },
        { database: db.db.name },
      );
    });
    afterAll(async () => {
      await db.db.driver.executeQuery(
        `MATCH (c:Concept) WHERE c.key STARTS WITH $prefix DETACH DELETE c
         ${BUMP_GRAPH_VERSION}`,
        { prefix: PREFIX },
        { database: db.db.name },
      );
    });

    it('refuses with BAD_USER_INPUT, pointing at the filters and the file export', async () => {
      const refused = async () =>
        (await app.graphql<GraphAnswer>(WHOLE_GRAPH, { paper: PAPER })).errors !== undefined;
      await waitFor('the whole-graph query to be refused', 20000, refused);
      const body = await app.graphql<GraphAnswer>(WHOLE_GRAPH, { paper: PAPER });
      expect(body.data?.graph ?? null).toBeNull();
      expect(body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'paper' });
      expect(body.errors![0].message).toMatch(
        /^The filters keep \d+ concepts, more than the 2000 graph answers with: .*GET \/export\/caict-blockchain-2020\.json$/,
      );
      // A filter that leaves the fillers out brings the answer back.
      expect((await graph({ kinds: ['TREND'] })).nodes.length).toBeGreaterThan(0);
    });
  });
});
