import { Column, columnsFor } from './export.columns';
import { nodeId } from './export.elements';
import { ExportFormat } from './export.format';
import { ExportReader, Props } from './export.reader';
import { Sink } from './export.sink';

// Characters XML 1.0 cannot carry at all, even escaped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * GraphML ids are XML name tokens, which `/` and `(` of section keys are not: any other
 * character becomes `_<hex>_`, reversibly. The `key` data keeps the key as it is.
 */
export function graphmlId(labels: string[], key: string): string {
  return nodeId(labels, key).replace(
    /[^A-Za-z0-9.:-]/g,
    (c) => `_${c.codePointAt(0)!.toString(16).toUpperCase()}_`,
  );
}

/** GraphML has no list type: lists (and mixed values) are written as JSON text. */
function dataText(column: Column, value: unknown): string {
  return column.list || column.json ? JSON.stringify(value) : String(value);
}

interface Keyed extends Column {
  id: string;
}

function keyLine(key: Keyed, element: 'node' | 'edge'): string {
  return `  <key id="${key.id}" for="${element}" attr.name="${key.name}" attr.type="${key.type}"/>\n`;
}

function dataLines(keys: Keyed[], props: Props): string {
  return keys
    .filter((key) => props[key.name] !== undefined && props[key.name] !== null)
    .map((key) => `<data key="${key.id}">${xmlText(dataText(key, props[key.name]))}</data>`)
    .join('');
}

const plain = (name: string): Column => ({ name, type: 'string', list: false, json: false });

async function write(reader: ExportReader, sink: Sink): Promise<void> {
  const types = await reader.propertyTypes();
  // `label` is what Gephi and yEd show on a node; `labels` keeps the Neo4j labels.
  const nodeKeys: Keyed[] = [plain('labels'), plain('label'), ...columnsFor(types, 'node')].map(
    (column, i) => ({ ...column, id: `n${i}` }),
  );
  const edgeKeys: Keyed[] = [plain('type'), ...columnsFor(types, 'edge')].map((column, i) => ({
    ...column,
    id: `e${i}`,
  }));
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
      ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      nodeKeys.map((key) => keyLine(key, 'node')).join('') +
      edgeKeys.map((key) => keyLine(key, 'edge')).join('') +
      `  <graph id="${reader.paper ?? 'all'}" edgedefault="directed">\n`,
  );
  for await (const node of reader.rawNodes()) {
    const key = String(node.props.key);
    const props = {
      ...node.props,
      labels: node.labels.join(':'),
      label: node.props.name ?? node.props.title ?? node.props.statement ?? key,
    };
    await sink.write(
      `    <node id="${graphmlId(node.labels, key)}">${dataLines(nodeKeys, props)}</node>\n`,
    );
  }
  for await (const edge of reader.rawEdges()) {
    const source = graphmlId(edge.fromLabels, edge.from);
    const target = graphmlId(edge.toLabels, edge.to);
    const data = dataLines(edgeKeys, { ...edge.props, type: edge.type });
    await sink.write(`    <edge source="${source}" target="${target}">${data}</edge>\n`);
  }
  await sink.write('  </graph>\n</graphml>\n');
}

export const graphmlFormat: ExportFormat = {
  name: 'graphml',
  extension: 'graphml',
  contentType: 'application/graphml+xml; charset=utf-8',
  write,
};
