/** The parsed seed: what graph-seed/<paper>/*.yaml says, with where each item was written. */

export const RELATION_TYPES = [
  'PART_OF',
  'ENABLES',
  'APPLIED_IN',
  'DRIVES',
  'CHALLENGES',
  'ADDRESSES',
  'SUPPORTS',
  'GOVERNS',
  'PARTICIPATES_IN',
  'LOCATED_IN',
  'RELATED_TO',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const BASES = ['HEADING', 'SOURCE', 'CURATED'] as const;
export type Basis = (typeof BASES)[number];

export const TECHNOLOGY_CATEGORIES = ['CORE', 'EXPANSION', 'SUPPORTING'] as const;
export const TREND_SCOPES = ['OVERALL', 'TECHNOLOGY', 'INDUSTRY'] as const;

/** concepts/<file>.yaml → kind, and the Neo4j label set beside `Concept`. */
export const CONCEPT_FILES = {
  technology: { kind: 'TECHNOLOGY', label: 'Technology' },
  trend: { kind: 'TREND', label: 'Trend' },
  industry: { kind: 'INDUSTRY', label: 'Industry' },
  challenge: { kind: 'CHALLENGE', label: 'Challenge' },
  suggestion: { kind: 'SUGGESTION', label: 'Suggestion' },
  'governance-mode': { kind: 'GOVERNANCE_MODE', label: 'GovernanceMode' },
  policy: { kind: 'POLICY', label: 'Policy' },
  organization: { kind: 'ORGANIZATION', label: 'Organization' },
  region: { kind: 'REGION', label: 'Region' },
} as const;
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
}

export interface ConceptSpec extends Location {
  key: string;
  kind: ConceptKind;
  name: string;
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
