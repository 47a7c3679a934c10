import fs from 'node:fs';
import path from 'node:path';
import Ajv2020, { ErrorObject } from 'ajv/dist/2020';
import { stringify } from 'yaml';
import { PROJECT_ROOT } from '../core/paths';
import { CONCEPT_FILES } from './seed.types';

/**
 * Reads the JSON graph format (`npm run export -- --format json`) and writes it out as a seed
 * folder — paper.yaml, outline.yaml, sources.yaml, concepts/<kind>.yaml, relations.yaml,
 * facts.yaml — so that an export from one deployment goes through the same validator and loader
 * as the YAML seed of another.
 */

export const GRAPH_JSON_SCHEMA = path.join(PROJECT_ROOT, 'schemas/graph-json-v1.schema.json');

type Item = Record<string, unknown>;
interface Evidence {
  section: string;
  basis: string;
  sourceUrl?: string;
  note?: string;
  quote?: string;
}
interface GraphJson {
  papers: (Item & { key: string; evidence: Evidence[] })[];
  sections: (Item & { paper: string; number: string; order: number })[];
  nodes: (Item & { key: string; kind: string; evidence: Evidence[] })[];
  edges: (Item & { from: string; type: string; to: string; evidence: Evidence[] })[];
  facts: (Item & { key: string; evidence: Evidence[] })[];
}

/** The file cannot be read, is not JSON, or not the graph format: one line per problem (with its JSON pointer). */
export class GraphJsonError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

const describe = (error: ErrorObject) =>
  `${error.instancePath || '/'}: ${error.message}${
    error.keyword === 'additionalProperties'
      ? ` ("${(error.params as { additionalProperty: string }).additionalProperty}")`
      : ''
  }`;

export function readGraphJson(file: string): GraphJson {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new GraphJsonError(file, [`cannot be read: ${(error as Error).message}`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GraphJsonError(file, [`is not JSON: ${(error as Error).message}`]);
  }
  const schema = JSON.parse(fs.readFileSync(GRAPH_JSON_SCHEMA, 'utf8'));
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  if (!validate(data)) throw new GraphJsonError(file, (validate.errors ?? []).map(describe));
  return data as GraphJson;
}

const FILE_OF_KIND: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CONCEPT_FILES).map(([file, { kind }]) => [kind, file]),
);

/** Leaves out absent fields, so the seed's own defaults and checks apply. */
function pick(item: Item, fields: string[]): Item {
  return Object.fromEntries(
    fields.flatMap((field) =>
      item[field] === undefined || item[field] === null ? [] : [[field, item[field]]],
    ),
  );
}

const paperOfSection = (sectionKey: string) => sectionKey.split('/')[0];

/** One paper folder being assembled; sources get ids S1, S2 … in the order they are met. */
class Folder {
  readonly concepts = new Map<string, Item[]>();
  readonly relations: Item[] = [];
  readonly facts: Item[] = [];
  readonly sources = new Map<string, string>();

  constructor(readonly paper: string) {}

  /**
   * A section of another paper keeps its whole key, which the validator then reports as an
   * unknown section of this one, rather than quietly pointing at a namesake.
   */
  evidence(items: Evidence[]): Item[] {
    return items.map((item) => {
      const samePaper = paperOfSection(item.section) === this.paper;
      const section = samePaper ? item.section.slice(this.paper.length + 1) : item.section;
      let source: string | undefined;
      if (item.sourceUrl) {
        if (!this.sources.has(item.sourceUrl)) {
          this.sources.set(item.sourceUrl, `S${this.sources.size + 1}`);
        }
        source = this.sources.get(item.sourceUrl);
      }
      return pick({ ...item, section, source }, ['section', 'basis', 'source', 'note', 'quote']);
    });
  }
}

/** Writes the graph as seed folders under `seedDir` (one per paper); returns the paper keys. */
export function writeSeedFolders(graph: GraphJson, seedDir: string): string[] {
  const folders = new Map(graph.papers.map((p) => [p.key, new Folder(p.key)]));
  // An item belongs to the paper whose seed made it, else to the paper of its first evidence.
  const folderOf = (item: Item & { evidence: Evidence[] }) =>
    folders.get(String(item.seededBy)) ??
    folders.get(paperOfSection(item.evidence[0].section)) ??
    [...folders.values()][0];

  for (const node of graph.nodes) {
    const folder = folderOf(node);
    const file = FILE_OF_KIND[node.kind];
    // sortName and aliasText are not carried over: the loader derives them from name and aliases.
    const fields = [
      'key',
      'name',
      'nameOriginal',
      'plural',
      'nameZh',
      'nameZhOriginal',
      'aliases',
      'summary',
      'summaryZh',
    ];
    const concept = { ...pick(node, [...fields, 'category', 'scope']), evidence: [] as Item[] };
    concept.evidence = folder.evidence(node.evidence);
    folder.concepts.set(file, [...(folder.concepts.get(file) ?? []), concept]);
  }
  for (const edge of graph.edges) {
    const folder = folders.get(paperOfSection(edge.evidence[0].section)) ?? folderOf(edge);
    folder.relations.push({
      ...pick(edge, ['from', 'type', 'to']),
      evidence: folder.evidence(edge.evidence),
    });
  }
  for (const fact of graph.facts) {
    const folder = folderOf(fact);
    const fields = ['key', 'statement', 'statementZh', 'value', 'unit', 'asOf', 'about'];
    folder.facts.push({ ...pick(fact, fields), evidence: folder.evidence(fact.evidence) });
  }

  for (const paper of graph.papers) {
    const folder = folders.get(paper.key)!;
    const dir = path.join(seedDir, paper.key);
    fs.mkdirSync(path.join(dir, 'concepts'), { recursive: true });
    const write = (name: string, data: unknown) =>
      fs.writeFileSync(path.join(dir, name), stringify(data, { lineWidth: 0 }));
    const fields = [
      'key',
      'title',
      'titleOriginal',
      'titleZh',
      'titleZhOriginal',
      'publisher',
      'publishedOn',
    ];
    const paperEvidence = folder.evidence(paper.evidence);
    write('paper.yaml', { ...pick(paper, [...fields, 'event', 'url']), evidence: paperEvidence });
    const sections = graph.sections
      .filter((s) => s.paper === paper.key)
      .sort((a, b) => a.order - b.order)
      .map((s) => pick(s, ['number', 'title', 'titleZh']));
    write('outline.yaml', { sections });
    for (const [file, concepts] of folder.concepts) write(`concepts/${file}.yaml`, { concepts });
    write('relations.yaml', { relations: folder.relations });
    write('facts.yaml', { facts: folder.facts });
    // The graph keeps a source's URL only, so the URL stands in for its title too.
    const sources = [...folder.sources].map(([url, id]) => ({ id, url, title: url }));
    write('sources.yaml', { sources });
  }
  return graph.papers.map((p) => p.key);
}
