import { Database } from '../../src/neo4j/database';
import { openTestDatabase } from '../helpers/neo4j';

/** The real seed as the global setup loaded it: the shape the API and its users rely on. */
const PAPER = 'caict-blockchain-2020';
const KINDS = [
  'TECHNOLOGY',
  'TREND',
  'INDUSTRY',
  'CHALLENGE',
  'SUGGESTION',
  'GOVERNANCE_MODE',
  'POLICY',
  'ORGANIZATION',
  'REGION',
];

let db: Database;
let close: () => Promise<void>;

async function cypher(query: string): Promise<Record<string, unknown>[]> {
  const { records } = await db.driver.executeQuery(query, { paper: PAPER }, { database: db.name });
  return records.map((record) => record.toObject());
}

async function single(query: string): Promise<unknown> {
  const [row] = await cypher(query);
  return Object.values(row)[0];
}

beforeAll(() => {
  ({ db, close } = openTestDatabase());
});
afterAll(() => close());

describe('content of the real seed', () => {
  test('the paper has its 45 sections, each chapter linked from the paper', async () => {
    expect(await single('MATCH (s:Section {paper: $paper}) RETURN count(s)')).toBe(45);
    expect(
      await single('MATCH (:Paper {key: $paper})-[:HAS_SECTION]->(s:Section) RETURN count(s)'),
    ).toBe(5);
  });

  test('every kind has concepts, with at least 120 concepts and 250 relations in all', async () => {
    const rows = await cypher(
      'MATCH (c:Concept {seededBy: $paper}) RETURN c.kind AS kind, count(c) AS n',
    );
    const byKind: Record<string, number> = Object.fromEntries(
      rows.map((row) => [row.kind as string, row.n as number]),
    );
    for (const kind of KINDS) expect(byKind[kind] ?? 0).toBeGreaterThan(0);
    const total = Object.values(byKind).reduce((sum, n) => sum + n, 0);
    expect(total).toBeGreaterThanOrEqual(120);
    expect(
      await single('MATCH (:Concept)-[r {seededBy: $paper}]->(:Concept) RETURN count(r)'),
    ).toBeGreaterThanOrEqual(250);
  });

  test('every leaf section has at least two concepts evidenced in it', async () => {
    const thin = await cypher(
      `MATCH (s:Section {paper: $paper}) WHERE NOT (s)-[:HAS_SUBSECTION]->()
       OPTIONAL MATCH (c:Concept)-[:EVIDENCED_IN]->(s)
       WITH s, count(DISTINCT c) AS concepts WHERE concepts < 2
       RETURN s.number AS number, concepts`,
    );
    expect(thin).toEqual([]);
  });

  test('no concept, relation or fact lacks evidence, and no concept stands alone', async () => {
    expect(
      await cypher(
        `MATCH (n {seededBy: $paper}) WHERE (n:Concept OR n:Fact) AND NOT (n)-[:EVIDENCED_IN]->(:Section)
         RETURN n.key AS key`,
      ),
    ).toEqual([]);
    expect(
      await cypher(
        `MATCH (a:Concept)-[r {seededBy: $paper}]->(b:Concept)
         WHERE size(coalesce(r.evidenceSections, [])) = 0
            OR size(r.evidenceSections) <> size(r.evidenceBases)
         RETURN a.key AS from, type(r) AS type, b.key AS to`,
      ),
    ).toEqual([]);
    expect(
      await cypher(
        `MATCH (c:Concept {seededBy: $paper}) WHERE NOT (c)--(:Concept) RETURN c.key AS key`,
      ),
    ).toEqual([]);
  });

  test('SOURCE evidence has a source URL and HEADING or CURATED evidence never does', async () => {
    expect(
      await cypher(
        `MATCH ()-[e:EVIDENCED_IN {seededBy: $paper}]->()
         WHERE (e.basis = 'SOURCE') <> (e.sourceUrl IS NOT NULL)
         RETURN e.basis AS basis, e.sourceUrl AS url`,
      ),
    ).toEqual([]);
    expect(
      await cypher(
        `MATCH (:Concept)-[r {seededBy: $paper}]->(:Concept)
         UNWIND range(0, size(r.evidenceBases) - 1) AS i
         WITH r, r.evidenceBases[i] AS basis, coalesce(r.evidenceSourceUrls[i], '') AS url
         WHERE (basis = 'SOURCE') <> (url <> '')
         RETURN type(r) AS type, basis, url`,
      ),
    ).toEqual([]);
  });

  test('only Chinese wording a source gives verbatim is original; no English name is', async () => {
    expect(
      await cypher(
        `MATCH (c:Concept {seededBy: $paper}) WHERE c.nameOriginal <> false RETURN c.key AS key`,
      ),
    ).toEqual([]);
    // Each original Chinese name appears in a quote stored on the concept's own SOURCE evidence
    // (compared after NFKC, which folds full- and half-width forms such as （ and ( together).
    const originals = await cypher(
      `MATCH (c:Concept {seededBy: $paper, nameZhOriginal: true})
       OPTIONAL MATCH (c)-[e:EVIDENCED_IN {basis: 'SOURCE'}]->()
       RETURN c.key AS key, c.nameZh AS name, collect(e.quote) AS quotes`,
    );
    const unquoted = originals.filter(
      ({ name, quotes }) =>
        !(quotes as string[]).some((q) =>
          q.normalize('NFKC').includes(String(name).normalize('NFKC')),
        ),
    );
    expect(unquoted).toEqual([]);
    expect(
      await single(
        'MATCH (c:Concept {seededBy: $paper, nameZhOriginal: true}) RETURN count(c) AS n',
      ),
    ).toBeGreaterThan(0);
    expect(
      await single('MATCH (p:Paper {key: $paper}) RETURN [p.titleOriginal, p.titleZhOriginal]'),
    ).toEqual([false, true]);
  });
});
