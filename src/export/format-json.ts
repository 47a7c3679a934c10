import { ExportFormat } from './export.format';
import { evidenceItem, sorted, splitRelationProps } from './export.elements';
import { ExportReader } from './export.reader';
import { Sink } from './export.sink';

/** Name and version of the JSON graph shape; `schemas/graph-json-v1.schema.json` documents it. */
export const GRAPH_JSON_FORMAT = 'whitepaper-kg-graph';
export const GRAPH_JSON_VERSION = 1;

/** Writes `"name":[` then one item per line, so the file streams and diffs well. */
async function writeList<T>(
  sink: Sink,
  name: string,
  items: AsyncIterable<T>,
  toJson: (item: T) => unknown,
): Promise<void> {
  await sink.write(`,\n"${name}":[`);
  let first = true;
  for await (const item of items) {
    await sink.write(`${first ? '\n' : ',\n'}${JSON.stringify(toJson(item))}`);
    first = false;
  }
  await sink.write('\n]');
}

async function write(reader: ExportReader, sink: Sink): Promise<void> {
  const header = {
    format: GRAPH_JSON_FORMAT,
    version: GRAPH_JSON_VERSION,
    graphVersion: await reader.graphVersion(),
    paper: reader.paper,
  };
  await sink.write(JSON.stringify(header).slice(0, -1));
  await writeList(sink, 'papers', reader.papers(), (p) => ({
    ...sorted(p.props),
    publisher: p.publisher,
    evidence: p.evidence.map(evidenceItem),
  }));
  await writeList(sink, 'sections', reader.sections(), (s) => ({
    ...sorted(s.props),
    parent: s.parent,
  }));
  await writeList(sink, 'nodes', reader.concepts(), (c) => ({
    ...sorted(c.props, ['key', 'kind']),
    evidence: c.evidence.map(evidenceItem),
  }));
  await writeList(sink, 'edges', reader.relations(), (r) => {
    const { evidence, rest } = splitRelationProps(r.props);
    return { from: r.from, type: r.type, to: r.to, ...sorted(rest), evidence };
  });
  await writeList(sink, 'facts', reader.facts(), (f) => ({
    ...sorted(f.props),
    about: f.about,
    evidence: f.evidence.map(evidenceItem),
  }));
  await sink.write('\n}\n');
}

export const jsonFormat: ExportFormat = {
  name: 'json',
  extension: 'json',
  contentType: 'application/json; charset=utf-8',
  write,
};
