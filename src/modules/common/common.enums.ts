import { registerEnumType } from 'type-graphql';
import {
  CONCEPT_KINDS,
  EVIDENCE_BASES,
  RELATION_TYPES,
  TECHNOLOGY_CATEGORIES,
  TREND_SCOPES,
} from '../../core/graph-vocabulary';

/**
 * An enum object (`X.NAME === 'NAME'`) made from a list of the graph vocabulary, so that a
 * GraphQL enum has exactly the vocabulary's members and code can still write `ConceptKind.TREND`.
 */
function enumOf<const Names extends readonly string[]>(
  names: Names,
): { readonly [Name in Names[number]]: Name } {
  return Object.fromEntries(names.map((name) => [name, name])) as {
    [Name in Names[number]]: Name;
  };
}

export enum Lang {
  EN = 'EN',
  ZH = 'ZH',
}

export const EvidenceBasis = enumOf(EVIDENCE_BASES);
export type EvidenceBasis = (typeof EVIDENCE_BASES)[number];

export const ConceptKind = enumOf(CONCEPT_KINDS);
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

export const TechnologyCategory = enumOf(TECHNOLOGY_CATEGORIES);
export type TechnologyCategory = (typeof TECHNOLOGY_CATEGORIES)[number];

export const TrendScope = enumOf(TREND_SCOPES);
export type TrendScope = (typeof TREND_SCOPES)[number];

export const ALL_CONCEPT_KINDS: readonly ConceptKind[] = CONCEPT_KINDS;

export function kindsOrAll(kinds: ConceptKind[] | null | undefined): ConceptKind[] {
  return kinds?.length ? [...new Set(kinds)] : [...ALL_CONCEPT_KINDS];
}

export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}

export const RelationType = enumOf(RELATION_TYPES);
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * The only relationship types that count as concept relations. Queries filter with
 * `type(r) IN $types` against this list, so structural edges (EVIDENCED_IN, ABOUT, HAS_SECTION,
 * HAS_SUBSECTION, PUBLISHED_BY) never leak into relations, neighbourhoods, paths or counts.
 */
export const ALL_RELATION_TYPES: readonly RelationType[] = RELATION_TYPES;

/** A client's type filter, or every relation type when it gave none (or an empty list). */
export function relationTypesOrAll(types: RelationType[] | null | undefined): RelationType[] {
  return types?.length ? [...new Set(types)] : [...ALL_RELATION_TYPES];
}

registerEnumType(Lang, {
  name: 'Lang',
  description: 'Language of a text: English or Chinese (simplified).',
  valuesConfig: {
    EN: { description: 'English.' },
    ZH: { description: 'Chinese (simplified).' },
  },
});

// Each vocabulary enum's descriptions are checked against its members, so a new member needs one.
registerEnumType(EvidenceBasis, {
  name: 'EvidenceBasis',
  description:
    "How we know that a concept or relation belongs to a section of the paper. Only HEADING and SOURCE are claims about the paper itself; CURATED is the editors' placement.",
  valuesConfig: {
    HEADING: { description: "The paper's own heading names it: the strongest evidence." },
    SOURCE: {
      description: 'A cited public source about the paper states it; `sourceUrl` says which.',
    },
    CURATED: {
      description:
        "The editors' domain knowledge, placed under that section to help readers. NOT a claim that the paper says so.",
    },
  } satisfies Record<EvidenceBasis, { description: string }>,
});

registerEnumType(ConceptKind, {
  name: 'ConceptKind',
  description:
    'What sort of thing a concept is. Each kind has its own object type implementing `Concept`.',
  valuesConfig: {
    TECHNOLOGY: {
      description:
        'A blockchain technology, e.g. a consensus mechanism or cross-chain technology (type `Technology`).',
    },
    TREND: { description: 'A development trend the paper describes (type `Trend`).' },
    INDUSTRY: {
      description:
        'An industry or application area, e.g. finance, supply-chain finance, government affairs (type `Industry`).',
    },
    CHALLENGE: { description: 'A problem or obstacle holding blockchain back (type `Challenge`).' },
    SUGGESTION: { description: 'A recommendation for the way forward (type `Suggestion`).' },
    GOVERNANCE_MODE: {
      description: 'A mode of alliance ecology or a means of governance (type `GovernanceMode`).',
    },
    POLICY: { description: 'A policy, plan or regulation (type `Policy`).' },
    ORGANIZATION: {
      description: 'A publisher, alliance, regulator or market player (type `Organization`).',
    },
    REGION: { description: 'A country, province, city or other region (type `Region`).' },
  } satisfies Record<ConceptKind, { description: string }>,
});

registerEnumType(TechnologyCategory, {
  name: 'TechnologyCategory',
  description: "The paper's three groups of blockchain technology (section II.(1)).",
  valuesConfig: {
    CORE: { description: 'Core technologies a chain cannot run without.' },
    EXPANSION: { description: "Expansion technologies that stretch a chain's reach." },
    SUPPORTING: {
      description: 'Supporting technologies that make chains deployable and manageable.',
    },
  } satisfies Record<TechnologyCategory, { description: string }>,
});

registerEnumType(TrendScope, {
  name: 'TrendScope',
  description: 'What a trend is about.',
  valuesConfig: {
    OVERALL: { description: 'Blockchain development as a whole.' },
    TECHNOLOGY: { description: 'Blockchain technology.' },
    INDUSTRY: { description: 'The blockchain industry.' },
  } satisfies Record<TrendScope, { description: string }>,
});

registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which relations of a concept to follow, seen from that concept.',
  valuesConfig: {
    OUT: { description: 'Relations where the concept is the subject (`from`).' },
    IN: { description: 'Relations where the concept is the object (`to`).' },
    BOTH: { description: 'Both directions.' },
  },
});

registerEnumType(RelationType, {
  name: 'RelationType',
  description:
    'The kind of a directed relation between two concepts; it reads "<from> <verb> <to>".',
  valuesConfig: {
    PART_OF: { description: '`from` is part of `to`.' },
    ENABLES: { description: '`from` makes `to` possible.' },
    APPLIED_IN: { description: '`from` is applied in `to` (usually a technology in an industry).' },
    DRIVES: { description: '`from` drives or accelerates `to`.' },
    CHALLENGES: { description: '`from` holds `to` back (usually a challenge).' },
    ADDRESSES: {
      description:
        '`from` addresses `to` (usually a suggestion or technology answering a challenge).',
    },
    SUPPORTS: { description: '`from` supports `to`.' },
    GOVERNS: { description: '`from` governs or regulates `to`.' },
    PARTICIPATES_IN: { description: '`from` takes part in `to` (usually an organization).' },
    LOCATED_IN: { description: '`from` is located in `to` (a region).' },
    RELATED_TO: { description: 'A looser link: `from` is related to `to`.' },
  } satisfies Record<RelationType, { description: string }>,
});
