import { parse } from 'csv-parse/sync';
import { ARRAY_DELIMITER } from '../../src/export/format-csv';
import { startTestApp, TestApp } from '../helpers/app';
import { GraphCounts, graphCounts } from '../helpers/graph-counts';
import { openTestDatabase } from '../helpers/neo4j';

const PAPER = 'caict-blockchain-2020';

let app: TestApp;
let counts: GraphCounts;
let nodes: string[][];
let relationships: string[][];
beforeAll(async () => {
  app = await startTestApp();
  const { db, close } = openTestDatabase();
  counts = await graphCounts(db);
  await close();
  const get = async (file: string) => {
    const response = await fetch(`${app.url}/export/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    return parse(await response.text(), { relaxQuotes: false }) as string[][];
  };
  nodes = await get(`${PAPER}.nodes.csv`);
  relationships = await get(`${PAPER}.relationships.csv`);
});
afterAll(() => app.close());

const column = (rows: string[][], name: string) => rows[0].indexOf(name);

describe('GET /export/<paper>.nodes.csv and .relationships.csv', () => {
  it('head the files as neo4j-admin database import expects', () => {
    expect(nodes[0].slice(0, 2)).toEqual([':ID', ':LABEL']);
    expect(nodes[0]).toEqual(
      expect.arrayContaining([
        'key:string',
        'order:long',
        'aliases:string[]',
        'nameZhOriginal:boolean',
      ]),
    );
    expect(relationships[0].slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(relationships[0]).toEqual(
      expect.arrayContaining(['evidenceSections:string[]', 'basis:string']),
    );
    for (const header of [...nodes[0].slice(2), ...relationships[0].slice(3)]) {
      expect(header).toMatch(/^[A-Za-z]+:(string|long|double|boolean)(\[\])?$/);
    }
  });

  it('hold one row per node and per relationship, every relationship end among the nodes', () => {
    expect(nodes).toHaveLength(
      1 + counts.papers + counts.sections + counts.concepts + counts.facts,
    );
    expect(relationships).toHaveLength(1 + counts.relationships);
    const ids = new Set(nodes.slice(1).map((row) => row[0]));
    expect(ids.size).toBe(nodes.length - 1);
    for (const [start, end] of relationships.slice(1)) {
      expect(ids.has(start) && ids.has(end)).toBe(true);
    }
  });

  it('split arrays and labels with the documented delimiter', () => {
    const crossChain = nodes.find((row) => row[0] === 'Concept:cross-chain')!;
    expect(crossChain[1].split(ARRAY_DELIMITER).sort()).toEqual(['Concept', 'Technology']);
    const aliases = crossChain[column(nodes, 'aliases:string[]')].split(ARRAY_DELIMITER);
    expect(aliases).toContain('interoperability');
    expect(crossChain[column(nodes, 'nameZh:string')]).toBe('跨链技术');
  });
});
