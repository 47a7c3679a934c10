import { ExportReader, Props } from './export.reader';

/**
 * The graph as SKOS: one `skos:ConceptScheme` per paper, a `skos:Concept` per concept, the
 * outline as nested `skos:Collection`s whose members are subsections and the concepts evidenced
 * there, PART_OF as `skos:broader`/`skos:narrower`, every other relation as `skos:related`.
 * Provenance follows the evidence basis: HEADING and SOURCE evidence give `dcterms:source` (the
 * section, or the source's URL); CURATED evidence gives an editorial note instead, so the editors'
 * placement is never presented as the paper's claim. Facts have no SKOS counterpart and are left out.
 */

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  kg: 'urn:whitepaper-kg:',
} as const;

export type Term = { iri: string } | { value: string; lang?: string; datatype?: string };

/** Statements about one subject; a subject may come back in later resources with more. */
export interface Resource {
  id: string;
  type?: string;
  props: [predicate: string, object: Term][];
}

export const paperIri = (key: string) => `${NS.kg}paper:${key}`;
export const conceptIri = (key: string) => `${NS.kg}concept:${key}`;
export const sectionIri = (key: string) => `${NS.kg}section:${encodeURI(key)}`;

const skos = (name: string) => `${NS.skos}${name}`;
const dcterms = (name: string) => `${NS.dcterms}${name}`;

/** Text with CJK characters is tagged Chinese, other text English. */
const CJK = /[\u3400-\u9fff]/;
const text = (value: unknown, lang?: string): Term[] =>
  typeof value === 'string' && value
    ? [{ value, lang: lang ?? (CJK.test(value) ? 'zh' : 'en') }]
    : [];

const paperOf = (sectionKey: string) => sectionKey.split('/')[0];

function provenance(evidence: Props[]): [string, Term][] {
  return evidence.flatMap((e): [string, Term][] => {
    const section = String(e.section);
    if (e.basis === 'HEADING') return [[dcterms('source'), { iri: sectionIri(section) }]];
    if (e.basis === 'SOURCE' && e.sourceUrl)
      return [[dcterms('source'), { iri: String(e.sourceUrl) }]];
    const number = section.slice(section.indexOf('/') + 1);
    const note = `Curated: placed under section ${number} of ${paperOf(section)} by the editors; not a claim of the paper.`;
    return [[skos('editorialNote'), { value: note, lang: 'en' }]];
  });
}

/** RDF is a set: a statement made twice (two evidence items, one source) is written once. */
function distinct(resource: Resource): Resource {
  const seen = new Set<string>();
  const props = resource.props.filter((prop) => {
    const id = JSON.stringify(prop);
    return !seen.has(id) && seen.add(id);
  });
  return { ...resource, props };
}

export async function* skosResources(reader: ExportReader): AsyncGenerator<Resource> {
  for await (const resource of statements(reader)) yield distinct(resource);
}

async function* statements(reader: ExportReader): AsyncGenerator<Resource> {
  for await (const { props: p, publisher } of reader.papers()) {
    const labels = [...text(p.title, 'en'), ...text(p.titleZh, 'zh')];
    yield {
      id: paperIri(String(p.key)),
      type: skos('ConceptScheme'),
      props: [
        ...labels.map((l): [string, Term] => [skos('prefLabel'), l]),
        ...labels.map((l): [string, Term] => [dcterms('title'), l]),
        ...(p.publishedOn
          ? [
              [dcterms('issued'), { value: String(p.publishedOn), datatype: `${NS.xsd}date` }] as [
                string,
                Term,
              ],
            ]
          : []),
        ...(publisher
          ? [[dcterms('publisher'), { iri: conceptIri(publisher) }] as [string, Term]]
          : []),
        ...(p.url ? [[dcterms('source'), { iri: String(p.url) }] as [string, Term]] : []),
      ],
    };
  }
  for await (const { props: s, parent } of reader.sections()) {
    const id = sectionIri(String(s.key));
    yield {
      id,
      type: skos('Collection'),
      props: [
        [skos('notation'), { value: String(s.number) }],
        ...text(s.title, 'en').map((l): [string, Term] => [skos('prefLabel'), l]),
        ...text(s.titleZh, 'zh').map((l): [string, Term] => [skos('prefLabel'), l]),
      ],
    };
    if (parent) yield { id: sectionIri(parent), props: [[skos('member'), { iri: id }]] };
  }
  for await (const { props: c, evidence } of reader.concepts()) {
    const id = conceptIri(String(c.key));
    const schemes = new Set(evidence.map((e) => paperOf(String(e.section))));
    if (reader.paper) schemes.add(reader.paper);
    const aliases = Array.isArray(c.aliases) ? c.aliases.flatMap((a) => text(a)) : [];
    yield {
      id,
      type: skos('Concept'),
      props: [
        ...[...schemes].map((key): [string, Term] => [skos('inScheme'), { iri: paperIri(key) }]),
        [skos('notation'), { value: String(c.key) }],
        [dcterms('type'), { value: String(c.kind) }],
        ...text(c.name, 'en').map((l): [string, Term] => [skos('prefLabel'), l]),
        ...text(c.nameZh, 'zh').map((l): [string, Term] => [skos('prefLabel'), l]),
        ...aliases.map((l): [string, Term] => [skos('altLabel'), l]),
        ...text(c.summary, 'en').map((l): [string, Term] => [skos('definition'), l]),
        ...text(c.summaryZh, 'zh').map((l): [string, Term] => [skos('definition'), l]),
        ...provenance(evidence),
      ],
    };
    for (const section of new Set(evidence.map((e) => String(e.section)))) {
      yield { id: sectionIri(section), props: [[skos('member'), { iri: id }]] };
    }
  }
  // Two relations of different types between the same concepts (ENABLES and SUPPORTS, say)
  // are one `skos:related` statement. Relations come ordered by `from`, so the targets already
  // related are remembered for the current `from` only: memory stays bounded by one concept's
  // relations however large the graph.
  let relatedFrom: string | undefined;
  let relatedTo = new Set<string>();
  for await (const r of reader.relations()) {
    const from = conceptIri(r.from);
    const to = conceptIri(r.to);
    if (r.type === 'PART_OF') {
      yield { id: from, props: [[skos('broader'), { iri: to }]] };
      yield { id: to, props: [[skos('narrower'), { iri: from }]] };
    } else {
      if (from !== relatedFrom) [relatedFrom, relatedTo] = [from, new Set()];
      if (relatedTo.has(to)) continue;
      relatedTo.add(to);
      yield { id: from, props: [[skos('related'), { iri: to }]] };
    }
  }
}
