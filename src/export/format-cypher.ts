import { primaryLabel } from './export.elements';
import { ExportFormat } from './export.format';
import { ExportReader, Props } from './export.reader';
import { Sink } from './export.sink';

/**
 * A Cypher script that recreates the exported graph in an empty Neo4j (`cypher-shell -f`): the
 * key constraints, then the nodes, then the relationships. Every statement is one line ending in
 * `;`, and items go in batches of BATCH rows per `UNWIND`, so a large graph loads in few
 * transactions while the writer holds one batch at a time.
 */
const BATCH = 500;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const name = (text: string) => (IDENTIFIER.test(text) ? text : `\`${text.replace(/`/g, '``')}\``);

export function cypherString(text: string): string {
  // eslint-disable-next-line no-control-regex
  const escaped = text.replace(/[\\'\u0000-\u001F\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = {
      '\\': '\\\\',
      "'": "\\'",
      '\n': '\\n',
      '\r': '\\r',
      '\t': '\\t',
    };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `'${escaped}'`;
}

/** A float must stay a float: 35000 is written 35000.0, or Neo4j would store an integer. */
function literal(value: unknown, float: boolean): string {
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, float)).join(', ')}]`;
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') {
    if (!float) return String(value);
    const text = String(value);
    return /[.eE]|Infinity|NaN/.test(text) ? text : `${text}.0`;
  }
  if (typeof value === 'boolean') return String(value);
  throw new Error(`Cannot write ${typeof value} as a Cypher literal`);
}

function mapLiteral(props: Props, floats: string[]): string {
  const entries = Object.keys(props)
    .sort()
    .map((key) => `${name(key)}: ${literal(props[key], floats.includes(key))}`);
  return `{${entries.join(', ')}}`;
}

/** Collects consecutive rows that share one statement shape and flushes them in batches. */
class Batcher {
  private shape = '';
  private rows: string[] = [];

  constructor(
    private readonly sink: Sink,
    private readonly statement: (shape: string, rows: string) => string,
  ) {}

  async add(shape: string, row: string): Promise<void> {
    if (shape !== this.shape || this.rows.length >= BATCH) await this.flush();
    this.shape = shape;
    this.rows.push(row);
  }

  async flush(): Promise<void> {
    if (this.rows.length) await this.sink.write(this.statement(this.shape, this.rows.join(', ')));
    this.rows = [];
  }
}

const CONSTRAINTS = [
  ['paper_key', 'Paper'],
  ['section_key', 'Section'],
  ['concept_key', 'Concept'],
  ['fact_key', 'Fact'],
];

async function write(reader: ExportReader, sink: Sink): Promise<void> {
  const graphVersion = await reader.graphVersion();
  await sink.write(
    `// White-paper knowledge graph: ${reader.paper ?? 'every paper'}, graph version ${graphVersion}.\n` +
      '// Recreates the graph in an empty Neo4j 5: cypher-shell -f <this file>\n' +
      CONSTRAINTS.map(
        ([constraint, label]) =>
          `CREATE CONSTRAINT ${constraint} IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE;\n`,
      ).join(''),
  );
  const nodes = new Batcher(
    sink,
    (labels, rows) => `UNWIND [${rows}] AS row CREATE (n${labels}) SET n = row;\n`,
  );
  for await (const node of reader.rawNodes()) {
    await nodes.add(
      node.labels.map((l) => `:${name(l)}`).join(''),
      mapLiteral(node.props, node.floats),
    );
  }
  await nodes.flush();

  const edges = new Batcher(sink, (shape, rows) => {
    const [from, type, to] = shape.split(' ');
    return (
      `UNWIND [${rows}] AS row MATCH (a:${from} {key: row.from}) MATCH (b:${to} {key: row.to}) ` +
      `CREATE (a)-[r:${type}]->(b) SET r = row.props;\n`
    );
  });
  for await (const edge of reader.rawEdges()) {
    const shape = [primaryLabel(edge.fromLabels), name(edge.type), primaryLabel(edge.toLabels)];
    const row = `{from: ${cypherString(edge.from)}, to: ${cypherString(edge.to)}, props: ${mapLiteral(edge.props, edge.floats)}}`;
    await edges.add(shape.join(' '), row);
  }
  await edges.flush();
}

export const cypherFormat: ExportFormat = {
  name: 'cypher',
  extension: 'cypher',
  contentType: 'application/x-cypher-query; charset=utf-8',
  write,
};
