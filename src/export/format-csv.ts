import { Column, columnsFor } from './export.columns';
import { nodeId } from './export.elements';
import { ExportFormat } from './export.format';
import { ExportReader, Props } from './export.reader';
import { Sink } from './export.sink';

/**
 * The CSV layout `neo4j-admin database import` reads: one nodes file (`:ID`, `:LABEL`, typed
 * property columns) and one relationships file (`:START_ID`, `:END_ID`, `:TYPE`, properties).
 * Array elements (and a node's labels) are split by U+001F, a character no text in the graph uses, so free-text notes
 * with `;` survive: import with `--array-delimiter=U+001F --multiline-fields=true`.
 */
export const ARRAY_DELIMITER = '\u001F';

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

function field(column: Column, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (column.json) return quoted(JSON.stringify(value));
  if (column.list) return quoted((value as unknown[]).map(String).join(ARRAY_DELIMITER));
  return column.type === 'string' ? quoted(String(value)) : String(value);
}

const header = (column: Column) =>
  column.json ? `${column.name}:string` : `${column.name}:${column.type}${column.list ? '[]' : ''}`;

const row = (fixed: string[], columns: Column[], props: Props) =>
  [...fixed.map(quoted), ...columns.map((c) => field(c, props[c.name]))].join(',') + '\n';

async function writeNodes(reader: ExportReader, sink: Sink): Promise<void> {
  const columns = columnsFor(await reader.propertyTypes(), 'node');
  await sink.write([':ID', ':LABEL', ...columns.map(header)].join(',') + '\n');
  for await (const node of reader.rawNodes()) {
    const id = nodeId(node.labels, String(node.props.key));
    await sink.write(row([id, node.labels.join(ARRAY_DELIMITER)], columns, node.props));
  }
}

async function writeRelationships(reader: ExportReader, sink: Sink): Promise<void> {
  const columns = columnsFor(await reader.propertyTypes(), 'edge');
  await sink.write([':START_ID', ':END_ID', ':TYPE', ...columns.map(header)].join(',') + '\n');
  for await (const edge of reader.rawEdges()) {
    const ends = [nodeId(edge.fromLabels, edge.from), nodeId(edge.toLabels, edge.to)];
    await sink.write(row([...ends, edge.type], columns, edge.props));
  }
}

export const csvNodesFormat: ExportFormat = {
  name: 'csv-nodes',
  extension: 'nodes.csv',
  contentType: 'text/csv; charset=utf-8',
  write: writeNodes,
};

export const csvRelationshipsFormat: ExportFormat = {
  name: 'csv-relationships',
  extension: 'relationships.csv',
  contentType: 'text/csv; charset=utf-8',
  write: writeRelationships,
};
