import fs from 'node:fs';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { validateXML } from 'xmllint-wasm';
import { startTestApp, TestApp } from '../helpers/app';
import { GraphCounts, graphCounts } from '../helpers/graph-counts';
import { openTestDatabase } from '../helpers/neo4j';

const PAPER = 'caict-blockchain-2020';
const XSD_DIR = path.join(__dirname, '../fixtures/graphml');
const xsd = (fileName: string) => ({
  fileName,
  contents: fs.readFileSync(path.join(XSD_DIR, fileName), 'utf8'),
});

let app: TestApp;
let counts: GraphCounts;
let response: Response;
let xml: string;
beforeAll(async () => {
  app = await startTestApp();
  const { db, close } = openTestDatabase();
  counts = await graphCounts(db);
  await close();
  response = await fetch(`${app.url}/export/${PAPER}.graphml`);
  xml = await response.text();
});
afterAll(() => app.close());

describe('GET /export/<paper>.graphml', () => {
  it('is valid against the GraphML XSD', async () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    const result = await validateXML({
      xml: { fileName: `${PAPER}.graphml`, contents: xml },
      schema: xsd('graphml.xsd'),
      preload: xsd('xlink.xsd'),
      maxMemoryPages: 4096,
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('loads in an independent GraphML reader with every node and relationship', () => {
    const graph = parse(MultiDirectedGraph, xml);
    expect(graph.order).toBe(counts.papers + counts.sections + counts.concepts + counts.facts);
    expect(graph.size).toBe(counts.relationships);
  });

  it('declares typed keys, so numbers and booleans arrive as such', () => {
    const graph = parse(MultiDirectedGraph, xml);
    expect(xml).toContain('attr.name="order" attr.type="long"');
    expect(xml).toContain('attr.name="nameZhOriginal" attr.type="boolean"');
    expect(graph.getNodeAttributes(`Section:${PAPER}_2F_II._28_1_29_`)).toMatchObject({
      labels: 'Section',
      key: `${PAPER}/II.(1)`,
      order: expect.any(Number),
      level: 2,
      title: 'Blockchain Technology Map',
    });
    const crossChain = graph.getNodeAttributes('Concept:cross-chain');
    expect(crossChain).toMatchObject({
      label: 'Cross-chain interoperability',
      nameZh: '跨链技术',
      nameZhOriginal: false,
    });
    expect(JSON.parse(crossChain.aliases as string)).toContain('interoperability');
    const types = new Set(graph.mapEdges((_edge, attributes) => attributes.type));
    expect([...types]).toEqual(
      expect.arrayContaining(['HAS_SECTION', 'HAS_SUBSECTION', 'EVIDENCED_IN', 'PART_OF', 'ABOUT']),
    );
  });
});
