import { CONCEPT_KINDS, ConceptKindName, EVIDENCE_BASES } from '../../src/core/graph-vocabulary';

/** One colour per concept kind (Okabe–Ito where it has enough), used by badges and graphs alike. */
export const KIND_COLOURS: Readonly<Record<string, string>> = {
  TECHNOLOGY: '#0072B2',
  TREND: '#E69F00',
  INDUSTRY: '#009E73',
  CHALLENGE: '#D55E00',
  SUGGESTION: '#CC79A7',
  GOVERNANCE_MODE: '#56B4E9',
  POLICY: '#8C6D00',
  ORGANIZATION: '#6A3D9A',
  REGION: '#7F7F7F',
} satisfies Record<ConceptKindName, string>;

export const KINDS: readonly string[] = CONCEPT_KINDS;
export const BASES: readonly string[] = EVIDENCE_BASES;
