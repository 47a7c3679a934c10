import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { PROJECT_ROOT } from '../../src/core/paths';
import { startTestApp, TestApp } from '../helpers/app';
import { GraphCounts, graphCounts } from '../helpers/graph-counts';
import { openTestDatabase } from '../helpers/neo4j';

const PAPER = 'caict-blockchain-2020';
const schema = JSON.parse(
  fs.readFileSync(path.join(PROJECT_ROOT, 'schemas/graph-json-v1.schema.json'), 'utf8'),
);

type Item = Record<string, unknown> & { evidence?: Record<string, unknown>[] };
interface GraphJson {
  format: string;
  version: number;
  graphVersion: number;
  paper: string | null;
  papers: Item[];
  sections: Item[];
  nodes: Item[];
  edges: Item[];
  facts: Item[];
}

let app: TestApp;
let counts: GraphCounts;
beforeAll(async () => {
  app = await startTestApp();
  const { db, close } = openTestDatabase();
  counts = await graphCounts(db);
  await close();
});
afterAll(() => app.close());

describe('GET /export/<paper>.json', () => {
  let response: Response;
  let body: GraphJson;
  beforeAll(async () => {
    response = await fetch(`${app.url}/export/${PAPER}.json`);
    body = (await response.json()) as GraphJson;
  });

  it('answers the paper graph in the documented shape, valid against the JSON Schema', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const valid = validate(body);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(body).toMatchObject({ format: 'whitepaper-kg-graph', version: 1, paper: PAPER });
  });

  it('holds every paper, section, concept, relation and fact the graph holds', () => {
    expect(body.papers).toHaveLength(counts.papers);
    expect(body.sections).toHaveLength(counts.sections);
    expect(body.nodes).toHaveLength(counts.concepts);
    expect(body.edges).toHaveLength(counts.relations);
    expect(body.facts).toHaveLength(counts.facts);
    const evidence = [body.papers, body.nodes, body.facts].flat().flatMap((i) => i.evidence ?? []);
    expect(evidence).toHaveLength(counts.evidence);
  });

  it('gives names in both languages and evidence with basis, section and source URL', () => {
    const crossChain = body.nodes.find((n) => n.key === 'cross-chain')!;
    expect(crossChain).toMatchObject({
      kind: 'TECHNOLOGY',
      name: 'Cross-chain interoperability',
      nameZh: '跨链技术',
      aliases: expect.arrayContaining(['interoperability']),
    });
    expect(crossChain.evidence).toContainEqual(
      expect.objectContaining({ section: `${PAPER}/II.(2).2`, basis: 'CURATED' }),
    );
    const patents = body.facts.find((f) => f.key === 'blockchain-patents' || f.about)!;
    expect(patents.evidence!.length).toBeGreaterThan(0);
    const sourced = [body.papers, body.nodes, body.edges, body.facts]
      .flat()
      .flatMap((i) => i.evidence ?? [])
      .filter((e) => e.basis === 'SOURCE');
    expect(sourced.length).toBeGreaterThan(0);
    for (const e of sourced) expect(e.sourceUrl).toMatch(/^https?:\/\//);
    expect(body.papers[0]).toMatchObject({
      key: PAPER,
      titleZh: '区块链白皮书（2020年）',
      publisher: 'caict',
    });
  });

  it('tags the answer with an ETag and answers 304 to If-None-Match', async () => {
    const etag = response.headers.get('etag');
    expect(etag).toBe(`"${PAPER}.json@${body.graphVersion}"`);
    const again = await fetch(`${app.url}/export/${PAPER}.json`, {
      headers: { 'if-none-match': etag! },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await fetch(`${app.url}/export/${PAPER}.json`, {
      headers: { 'if-none-match': '"something-else"' },
    });
    expect(other.status).toBe(200);
    await other.arrayBuffer();
  });

  it('exports every paper at /export/all.json', async () => {
    const all = await fetch(`${app.url}/export/all.json`);
    expect(all.headers.get('etag')).toBe(`"all.json@${body.graphVersion}"`);
    const allBody = (await all.json()) as GraphJson;
    expect(allBody.paper).toBeNull();
    expect(allBody.nodes).toHaveLength(counts.concepts);
  });
});

describe('GET /export errors', () => {
  it('answers 404 naming the paper for an unknown paper', async () => {
    const response = await fetch(`${app.url}/export/no-such-paper.json`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'No paper with key "no-such-paper"',
          extensions: { code: 'NOT_FOUND', field: 'paper' },
        },
      ],
    });
  });

  it('answers 404 naming the format for an unknown extension', async () => {
    const response = await fetch(`${app.url}/export/${PAPER}.xlsx`);
    expect(response.status).toBe(404);
    const body = (await response.json()) as { errors: { extensions: unknown }[] };
    expect(body.errors[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'format' });
  });

  it('refuses a malformed paper key', async () => {
    const response = await fetch(`${app.url}/export/Bad%20Key.json`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: unknown }[] };
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'paper' });
  });
});
