/** The parsed seed: what graph-seed/<paper>/*.yaml says, with where each item was written. */

import {
  CONCEPT_KINDS,
  ConceptKindName,
  EVIDENCE_BASES,
  KIND_LABELS,
  RELATION_TYPES,
} from '../core/graph-vocabulary';

import {
  EvidenceBasisName as Basis,
  RelationTypeName as RelationType,
  TECHNOLOGY_CATEGORIES,
  TREND_SCOPES,
} from '../core/graph-vocabulary';

export { EVIDENCE_BASES as BASES, RELATION_TYPES, TECHNOLOGY_CATEGORIES, TREND_SCOPES };
export type { Basis, RelationType };

/** A kind's concept file name: its kind in lower-case kebab case (`GOVERNANCE_MODE` → `governance-mode`). */
type FileOf<Kind extends string> = Kind extends `${infer Head}_${infer Tail}`
  ? `${Lowercase<Head>}-${FileOf<Tail>}`
  : Lowercase<Kind>;

/** concepts/<file>.yaml → kind, and the Neo4j label set beside `Concept`; one file per kind. */
export const CONCEPT_FILES = Object.fromEntries(
  CONCEPT_KINDS.map((kind) => [
    kind.toLowerCase().replace(/_/g, '-'),
    { kind, label: KIND_LABELS[kind] },
  ]),
) as {
  readonly [Kind in ConceptKindName as FileOf<Kind>]: {
    kind: Kind;
    label: (typeof KIND_LABELS)[Kind];
  };
};
export type ConceptFile = keyof typeof CONCEPT_FILES;
export type ConceptKind = (typeof CONCEPT_FILES)[ConceptFile]['kind'];

/** Where an item was written: a path relative to the repository root, and a 1-based line. */
export interface Location {
  file: string;
  line: number;
  /** Lines of fields holding references, so a problem with one points at it rather than the item. */
  fieldLines?: Readonly<Record<string, number>>;
}

export interface SeedProblem extends Location {
  message: string;
}

export interface EvidenceSpec extends Location {
  section: string;
  basis: Basis;
  source?: string;
  quote?: string;
  note?: string;
}

export interface SourceSpec extends Location {
  id: string;
  url: string;
  title: string;
}

export interface PaperSpec extends Location {
  key: string;
  title: string;
  titleOriginal: boolean;
  titleZh: string;
  titleZhOriginal: boolean;
  publisher: string;
  publishedOn: string;
  event: string;
  url: string;
  evidence: EvidenceSpec[];
}

export interface SectionSpec extends Location {
  number: string;
  title: string;
  titleZh: string;
  level: number;
  /** Position in outline.yaml, from 1. */
  order: number;
  /** Number of the enclosing section; absent for a chapter. */
  parent?: string;
  /** Why no concept is placed under this heading, where none is. */
  noConceptReason?: string;
}

export interface ConceptSpec extends Location {
  key: string;
  kind: ConceptKind;
  name: string;
  nameOriginal: boolean;
  plural: boolean;
  nameZh: string;
  nameZhOriginal: boolean;
  aliases: string[];
  summary: string;
  summaryZh?: string;
  category?: (typeof TECHNOLOGY_CATEGORIES)[number];
  scope?: (typeof TREND_SCOPES)[number];
  evidence: EvidenceSpec[];
}

export interface RelationSpec extends Location {
  from: string;
  type: RelationType;
  to: string;
  evidence: EvidenceSpec[];
}

export interface FactSpec extends Location {
  key: string;
  statement: string;
  statementZh?: string;
  value?: number;
  unit?: string;
  asOf?: string;
  about: string[];
  evidence: EvidenceSpec[];
}

/** One folder of graph-seed/: a paper and everything curated about it. */
export interface PaperSeed {
  folder: string;
  paper: PaperSpec;
  sources: SourceSpec[];
  sections: SectionSpec[];
  concepts: ConceptSpec[];
  relations: RelationSpec[];
  facts: FactSpec[];
}

export interface Seed {
  papers: PaperSeed[];
}
