import { CONCEPT_FILES, EvidenceSpec, PaperSeed } from './seed.types';

/**
 * Turns one paper's seed into the rows the `UNWIND $rows` queries of seed.cypher take. `props` is
 * the exact property map a node or relationship must end up with, so a query can tell "unchanged"
 * by comparing it with what is stored.
 */

export type Props = Record<string, unknown>;
export interface NodeRow {
  key: string;
  props: Props;
}
export interface ConceptRow extends NodeRow {
  label: string;
}
export interface FactRow extends NodeRow {
  /** Sent apart from `props` because whole numbers would otherwise be stored as integers. */
  value: number | null;
}
export interface RelationRow {
  from: string;
  type: string;
  to: string;
  props: Props;
}
export interface EvidenceRow {
  ownerLabel: 'Paper' | 'Concept' | 'Fact';
  owner: string;
  section: string;
  props: Props;
}
export interface LinkRow {
  from: string;
  to: string;
}

export interface PaperRows {
  paper: NodeRow[];
  sections: NodeRow[];
  chapterLinks: LinkRow[];
  subsectionLinks: LinkRow[];
  concepts: ConceptRow[];
  publisherLinks: LinkRow[];
  relations: RelationRow[];
  facts: FactRow[];
  aboutLinks: LinkRow[];
  evidence: EvidenceRow[];
}

const LABELS: Record<string, string> = Object.fromEntries(
  Object.values(CONCEPT_FILES).map(({ kind, label }) => [kind, label]),
);

/** Null and absent optional properties are not stored, so they are left out of the map. */
function compact(props: Props): Props {
  const kept: Props = {};
  for (const key of Object.keys(props)) {
    if (props[key] !== undefined && props[key] !== null) kept[key] = props[key];
  }
  return kept;
}

/**
 * A relation's URL, quote or note list, or null when every item has none: most relations are
 * curated, and leaving out three lists of '' each took about a fifth off the relations stage of a
 * large load (bench/README.md). Readers take a missing list as '' for every item.
 */
function unlessBlank(values: string[]): string[] | null {
  return values.some(Boolean) ? values : null;
}

export const relationId = (row: { from: string; type: string; to: string }) =>
  `${row.from}|${row.type}|${row.to}`;

/** Evidence is one relationship per owner, section, basis and source URL. */
export const evidenceId = (row: EvidenceRow) =>
  `${row.owner}|${row.section}|${row.props.basis}|${row.props.sourceUrl ?? ''}`;

export const linkId = (row: LinkRow) => `${row.from}|${row.to}`;

export function buildRows(seed: PaperSeed): PaperRows {
  const paperKey = seed.paper.key;
  const seededBy = paperKey;
  const sectionKey = (number: string) => `${paperKey}/${number}`;
  const sourceUrls = new Map(seed.sources.map((source) => [source.id, source.url]));
  const sourceUrl = (item: EvidenceSpec) => (item.source ? sourceUrls.get(item.source) : undefined);

  const evidenceOf = (
    ownerLabel: EvidenceRow['ownerLabel'],
    owner: string,
    items: EvidenceSpec[],
  ) =>
    items.map((item) => ({
      ownerLabel,
      owner,
      section: sectionKey(item.section),
      props: compact({
        basis: item.basis,
        sourceUrl: sourceUrl(item),
        quote: item.quote,
        note: item.note,
        seededBy,
      }),
    }));

  const { paper } = seed;
  return {
    paper: [
      {
        key: paperKey,
        props: compact({
          key: paperKey,
          title: paper.title,
          titleOriginal: paper.titleOriginal,
          titleZh: paper.titleZh,
          titleZhOriginal: paper.titleZhOriginal,
          publishedOn: paper.publishedOn,
          event: paper.event,
          url: paper.url,
          seededBy,
        }),
      },
    ],
    sections: seed.sections.map((s) => ({
      key: sectionKey(s.number),
      props: compact({
        key: sectionKey(s.number),
        paper: paperKey,
        number: s.number,
        title: s.title,
        titleZh: s.titleZh,
        level: s.level,
        order: s.order,
        seededBy,
      }),
    })),
    chapterLinks: seed.sections
      .filter((s) => !s.parent)
      .map((s) => ({ from: paperKey, to: sectionKey(s.number) })),
    subsectionLinks: seed.sections.flatMap((s) =>
      s.parent ? [{ from: sectionKey(s.parent), to: sectionKey(s.number) }] : [],
    ),
    concepts: seed.concepts.map((c) => ({
      key: c.key,
      label: LABELS[c.kind],
      props: compact({
        key: c.key,
        kind: c.kind,
        name: c.name,
        nameOriginal: c.nameOriginal,
        plural: c.plural,
        // The concept list's order by name, served by an index (cypher/schema/004).
        sortName: c.name.toLowerCase(),
        nameZh: c.nameZh,
        nameZhOriginal: c.nameZhOriginal,
        aliases: c.aliases,
        aliasText: c.aliases.length ? c.aliases.join(' | ') : undefined,
        summary: c.summary,
        summaryZh: c.summaryZh,
        category: c.category,
        scope: c.scope,
        seededBy,
      }),
    })),
    publisherLinks: [{ from: paperKey, to: paper.publisher }],
    relations: seed.relations.map((r) => ({
      from: r.from,
      type: r.type,
      to: r.to,
      props: compact({
        evidenceSections: r.evidence.map((e) => sectionKey(e.section)),
        evidenceBases: r.evidence.map((e) => e.basis),
        evidenceSourceUrls: unlessBlank(r.evidence.map((e) => sourceUrl(e) ?? '')),
        evidenceQuotes: unlessBlank(r.evidence.map((e) => e.quote ?? '')),
        evidenceNotes: unlessBlank(r.evidence.map((e) => e.note ?? '')),
        seededBy,
      }),
    })),
    facts: seed.facts.map((f) => ({
      key: f.key,
      value: f.value ?? null,
      props: compact({
        key: f.key,
        statement: f.statement,
        statementZh: f.statementZh,
        unit: f.unit,
        asOf: f.asOf,
        seededBy,
      }),
    })),
    aboutLinks: seed.facts.flatMap((f) => [...new Set(f.about)].map((to) => ({ from: f.key, to }))),
    evidence: [
      ...evidenceOf('Paper', paperKey, paper.evidence),
      ...seed.concepts.flatMap((c) => evidenceOf('Concept', c.key, c.evidence)),
      ...seed.facts.flatMap((f) => evidenceOf('Fact', f.key, f.evidence)),
    ],
  };
}
