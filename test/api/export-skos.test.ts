import jsonld from 'jsonld';
import { Parser } from 'n3';
import { startTestApp, TestApp } from '../helpers/app';
import { openTestDatabase } from '../helpers/neo4j';

const PAPER = 'caict-blockchain-2020';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DCTERMS_SOURCE = 'http://purl.org/dc/terms/source';

interface Triple {
  s: string;
  p: string;
  o: string;
}

/** Expected numbers, counted in Neo4j with Cypher of the test's own. */
interface Expected {
  concepts: number;
  partOf: number;
  otherRelations: number;
  sections: number;
  subsections: number;
  conceptSections: number;
  aliases: number;
  zhNames: number;
  sourcedProvenance: number;
  curated: number;
}

let app: TestApp;
let expected: Expected;
let fromJsonLd: Triple[];
let fromTurtle: Triple[];

beforeAll(async () => {
  app = await startTestApp();
  const { db, close } = openTestDatabase();
  const one = async (cypher: string) =>
    (await db.driver.executeQuery(cypher, {}, { database: db.name })).records[0].get('n') as number;
  expected = {
    concepts: await one('MATCH (c:Concept) RETURN count(c) AS n'),
    partOf: await one('MATCH (:Concept)-[r:PART_OF]->(:Concept) RETURN count(r) AS n'),
    // Concept pairs, not relationships: SKOS has one `related` for every type but PART_OF, so two
    // such relations between the same concepts are one statement.
    otherRelations: await one(
      'MATCH (a:Concept)-[r]->(b:Concept) WHERE type(r) <> "PART_OF" RETURN count(DISTINCT [a, b]) AS n',
    ),
    sections: await one('MATCH (s:Section) RETURN count(s) AS n'),
    subsections: await one('MATCH (:Section)-[r:HAS_SUBSECTION]->(:Section) RETURN count(r) AS n'),
    conceptSections: await one(
      'MATCH (c:Concept)-[:EVIDENCED_IN]->(s:Section) RETURN count(DISTINCT [c, s]) AS n',
    ),
    aliases: await one('MATCH (c:Concept) RETURN sum(size(c.aliases)) AS n'),
    zhNames: await one('MATCH (c:Concept) WHERE c.nameZh IS NOT NULL RETURN count(c) AS n'),
    sourcedProvenance: await one(
      `MATCH (c:Concept)-[e:EVIDENCED_IN]->(s) WHERE e.basis IN ['HEADING', 'SOURCE']
       RETURN count(DISTINCT [c, CASE e.basis WHEN 'HEADING' THEN s.key ELSE e.sourceUrl END]) AS n`,
    ),
    curated: await one(
      `MATCH (c:Concept)-[e:EVIDENCED_IN]->(s) WHERE e.basis = 'CURATED'
       RETURN count(DISTINCT [c, s]) AS n`,
    ),
  };
  await close();

  const jsonLdResponse = await fetch(`${app.url}/export/${PAPER}.skos.jsonld`);
  expect(jsonLdResponse.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
  const document = (await jsonLdResponse.json()) as Parameters<typeof jsonld.toRDF>[0];
  const nquads = (await jsonld.toRDF(document, {
    format: 'application/n-quads',
  })) as unknown as string;
  fromJsonLd = new Parser({ format: 'N-Quads' }).parse(nquads).map(toTriple);

  const turtleResponse = await fetch(`${app.url}/export/${PAPER}.skos.ttl`);
  expect(turtleResponse.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
  fromTurtle = new Parser({ format: 'Turtle' }).parse(await turtleResponse.text()).map(toTriple);
});
afterAll(() => app.close());

function toTriple(q: {
  subject: { value: string };
  predicate: { value: string };
  object: unknown;
}) {
  const o = q.object as { termType: string; value: string; language?: string };
  const object = o.termType === 'Literal' ? `"${o.value}"@${o.language ?? ''}` : o.value;
  return { s: q.subject.value, p: q.predicate.value, o: object };
}

const count = (triples: Triple[], p: string, test: (t: Triple) => boolean = () => true) =>
  triples.filter((t) => t.p === p && test(t)).length;

describe('SKOS exports', () => {
  it('say the same triples in JSON-LD (read by jsonld) and Turtle (read by n3)', () => {
    const key = (t: Triple) => `${t.s} ${t.p} ${t.o}`;
    expect(fromJsonLd.length).toBeGreaterThan(1000);
    expect(new Set(fromTurtle.map(key))).toEqual(new Set(fromJsonLd.map(key)));
    expect(fromTurtle.length).toBe(fromJsonLd.length);
  });

  it('hold a concept scheme for the paper, a concept per concept and a collection per section', () => {
    const ofType = (type: string) => count(fromTurtle, RDF_TYPE, (t) => t.o === `${SKOS}${type}`);
    expect(ofType('ConceptScheme')).toBe(1);
    expect(ofType('Concept')).toBe(expected.concepts);
    expect(ofType('Collection')).toBe(expected.sections);
    expect(count(fromTurtle, `${SKOS}inScheme`)).toBe(expected.concepts);
    expect(count(fromTurtle, `${SKOS}member`)).toBe(
      expected.subsections + expected.conceptSections,
    );
  });

  it('label concepts in English and Chinese, with aliases and definitions', () => {
    const conceptLabels = fromTurtle.filter(
      (t) => t.p === `${SKOS}prefLabel` && t.s.includes(':concept:'),
    );
    expect(conceptLabels.filter((t) => t.o.endsWith('@en'))).toHaveLength(expected.concepts);
    expect(conceptLabels.filter((t) => t.o.endsWith('@zh'))).toHaveLength(expected.zhNames);
    expect(count(fromTurtle, `${SKOS}altLabel`)).toBe(expected.aliases);
    expect(fromTurtle).toContainEqual({
      s: 'urn:whitepaper-kg:concept:cross-chain',
      p: `${SKOS}prefLabel`,
      o: '"跨链技术"@zh',
    });
    expect(count(fromTurtle, `${SKOS}definition`)).toBeGreaterThanOrEqual(expected.concepts);
  });

  it('map PART_OF to broader and narrower, every other relation to related', () => {
    expect(count(fromTurtle, `${SKOS}broader`)).toBe(expected.partOf);
    expect(count(fromTurtle, `${SKOS}narrower`)).toBe(expected.partOf);
    expect(count(fromTurtle, `${SKOS}related`)).toBe(expected.otherRelations);
  });

  it('give sources for HEADING and SOURCE evidence, and mark curated placement as such', () => {
    const conceptSources = count(fromTurtle, DCTERMS_SOURCE, (t) => t.s.includes(':concept:'));
    expect(conceptSources).toBe(expected.sourcedProvenance);
    expect(count(fromTurtle, `${SKOS}editorialNote`)).toBe(expected.curated);
    expect(fromTurtle.find((t) => t.p === `${SKOS}editorialNote`)!.o).toMatch(
      /^"Curated: placed under section .* by the editors; not a claim of the paper\."@en$/,
    );
  });
});
