import { ExportFormat } from './export.format';
import { ExportReader } from './export.reader';
import { Sink } from './export.sink';
import { NS, Resource, skosResources, Term } from './skos.resources';

const PREFIXES = Object.entries(NS).filter(([prefix]) => prefix !== 'kg' && prefix !== 'rdf');

/** `http://www.w3.org/2004/02/skos/core#prefLabel` → `skos:prefLabel`, as the context defines. */
function compact(iri: string): string {
  const match = PREFIXES.find(([, ns]) => iri.startsWith(ns));
  return match ? `${match[0]}:${iri.slice(match[1].length)}` : iri;
}

function objectOf(term: Term): Record<string, string> {
  if ('iri' in term) return { '@id': term.iri };
  return {
    '@value': term.value,
    ...(term.lang ? { '@language': term.lang } : {}),
    ...(term.datatype ? { '@type': compact(term.datatype) } : {}),
  };
}

/** One node object per resource, values always as explicit objects: no context-dependent guessing. */
function nodeObject(resource: Resource): Record<string, unknown> {
  const node: Record<string, unknown> = { '@id': resource.id };
  if (resource.type) node['@type'] = compact(resource.type);
  for (const [predicate, term] of resource.props) {
    const name = compact(predicate);
    node[name] = [...((node[name] as unknown[]) ?? []), objectOf(term)];
  }
  return node;
}

async function write(reader: ExportReader, sink: Sink): Promise<void> {
  const context = Object.fromEntries(PREFIXES);
  await sink.write(`{"@context":${JSON.stringify(context)},\n"@graph":[`);
  let first = true;
  for await (const resource of skosResources(reader)) {
    await sink.write(`${first ? '\n' : ',\n'}${JSON.stringify(nodeObject(resource))}`);
    first = false;
  }
  await sink.write('\n]}\n');
}

export const skosJsonLdFormat: ExportFormat = {
  name: 'skos-jsonld',
  extension: 'skos.jsonld',
  contentType: 'application/ld+json; charset=utf-8',
  write,
};
