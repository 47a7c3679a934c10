/** The concept kinds and their Neo4j labels; a concept node carries `Concept` and its kind's label. */
export const KIND_LABELS = {
  TECHNOLOGY: 'Technology',
  TREND: 'Trend',
  INDUSTRY: 'Industry',
  CHALLENGE: 'Challenge',
  SUGGESTION: 'Suggestion',
  GOVERNANCE_MODE: 'GovernanceMode',
  POLICY: 'Policy',
  ORGANIZATION: 'Organization',
  REGION: 'Region',
} as const;

export type ConceptKindName = keyof typeof KIND_LABELS;
export const CONCEPT_KINDS = Object.keys(KIND_LABELS) as ConceptKindName[];

/** Concept-to-concept relationship types; each is also the Neo4j relationship type. */
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

export type RelationTypeName = (typeof RELATION_TYPES)[number];
export const EVIDENCE_BASES = ['HEADING', 'SOURCE', 'CURATED'] as const;
export type EvidenceBasisName = (typeof EVIDENCE_BASES)[number];

export const TECHNOLOGY_CATEGORIES = ['CORE', 'EXPANSION', 'SUPPORTING'] as const;
export const TREND_SCOPES = ['OVERALL', 'TECHNOLOGY', 'INDUSTRY'] as const;
