import { oneByKey } from '../../graphql/batch';
import { Database } from '../../neo4j/database';
import { PageWindow, SortKey, Sorted, windowParams } from '../../graphql/pagination';
import {
  ALL_CONCEPT_KINDS,
  ALL_RELATION_TYPES,
  ConceptKind,
  EvidenceBasis,
} from '../common/common.enums';
import { EvidenceRecord, toEvidence } from '../evidence/evidence.record';
import {
  RelationPage,
  RelationPageRequest,
  RelationProjection,
  RelationPageRow,
  toRelationPage,
} from '../relation/relation.repository';
import { SectionRecord, toSection } from '../section/section.record';
import { ConceptRecord, toConcept } from './concept.record';

export type ConceptOrderName = 'NAME' | 'DEGREE' | 'OUTLINE';

/** A validated concept filter: every field set means "restrict by it". */
export interface ConceptQuery {
  kinds: ConceptKind[];
  sectionKey: string | null;
  bases: EvidenceBasis[] | null;
  /** Lower-cased substring of a name or alias. */
  needle: string | null;
}

type ConceptRow = { key: string; concept: Record<string, unknown> };

export async function findConceptsByKeys(
  db: Database,
  keys: readonly string[],
): Promise<(ConceptRecord | null)[]> {
  const rows = await db.read<ConceptRow>('conceptsByKeys', { keys });
  return oneByKey(
    keys,
    rows,
    (row) => row.key,
    (row) => toConcept(row.concept),
  );
}

function filterParams(query: ConceptQuery) {
  return {
    kinds: query.kinds,
    section: query.sectionKey,
    bases: query.bases,
    needle: query.needle,
  };
}

type Props = Record<string, unknown>;

/** What a concept list or page fetches beside the concepts, decided by looking ahead. */
export interface ConceptExtras {
  /** The relations page each concept brings (its `key` is replaced by each concept's). */
  relations: RelationPageRequest | null;
  /** Whether relations bring the sections their evidence names (for their sentences). */
  withSections: boolean;
  /** How much of each relation and its other end the selection reads. */
  projection: RelationProjection;
}

export interface ConceptPageRow {
  concept: ConceptRecord;
  evidence: EvidenceRecord[] | null;
  relations: RelationPage | null;
  sections: SectionRecord[];
}

type EvidenceRow = {
  section: string;
  basis: string;
  sourceUrl: string | null;
  quote: string | null;
  note: string | null;
  props: Props;
};

/** A concept with its evidence, one page of relations and their sections, in one statement. */
export async function findConceptWithExtras(
  db: Database,
  key: string,
  withEvidence: boolean,
  extras: ConceptExtras,
  seeOtherEnd: (concept: ConceptRecord) => void,
): Promise<ConceptPageRow | null> {
  const [row] = await db.read<{
    concept: Props;
    evidence: EvidenceRow[];
    relations: RelationPageRow[] | null;
    total: number | null;
    sections: Props[];
  }>('conceptPage', {
    key,
    withEvidence,
    relations: extras.relations,
    withSections: extras.withSections,
    ...extras.projection,
  });
  if (!row) return null;
  const concept = toConcept(row.concept);
  return {
    concept,
    evidence: withEvidence ? row.evidence.map(toEvidence) : null,
    relations:
      extras.relations && row.relations
        ? toRelationPage(row.relations, row.total ?? 0, extras.projection, concept, seeOtherEnd)
        : null,
    sections: [
      ...(withEvidence ? row.evidence.map((e) => toSection(e.props)) : []),
      ...row.sections.map(toSection),
    ],
  };
}

export interface ConceptListItem {
  concept: ConceptRecord;
  relations: RelationPage | null;
}

export interface ConceptList {
  rows: Sorted<ConceptListItem>[];
  /** How many concepts match in all pages, known at once when the list is unfiltered. */
  total: number | null;
  /** The sections the relations' evidence names, when asked for. */
  sections: SectionRecord[];
}

/** Which statement reads a concept list in an order and direction. */
function conceptListQuery(orderBy: ConceptOrderName, backward: boolean): string {
  if (orderBy !== 'NAME') return 'conceptsRanked';
  return backward ? 'conceptsByNameBackward' : 'conceptsByName';
}

/** A page of concepts in the window's direction, each with its relations page, in one statement. */
export async function findConceptList(
  db: Database,
  query: ConceptQuery,
  orderBy: ConceptOrderName,
  window: PageWindow,
  extras: ConceptExtras,
  seeOtherEnd: (concept: ConceptRecord) => void,
): Promise<ConceptList> {
  const [row] = await db.read<{
    items: {
      concept: Props;
      sort: SortKey;
      relations: RelationPageRow[] | null;
      total: number | null;
    }[];
    total: number;
    sections: Props[];
  }>(conceptListQuery(orderBy, window.backward), {
    ...filterParams(query),
    orderBy,
    relationTypes: ALL_RELATION_TYPES,
    ...windowParams(window),
    relations: extras.relations,
    withSections: extras.withSections,
    ...extras.projection,
  });
  return {
    rows: row.items.map((item) => {
      const concept = toConcept(item.concept);
      const relations =
        extras.relations && item.relations
          ? toRelationPage(item.relations, item.total ?? 0, extras.projection, concept, seeOtherEnd)
          : null;
      return { sort: item.sort, node: { concept, relations } };
    }),
    total: isUnfiltered(query) ? row.total : null,
    sections: row.sections.map(toSection),
  };
}

/** Whether a query restricts nothing, so counting it is reading Neo4j's count store. */
export function isUnfiltered(query: ConceptQuery): boolean {
  return (
    query.kinds.length === ALL_CONCEPT_KINDS.length &&
    !query.sectionKey &&
    !query.bases &&
    !query.needle
  );
}

export async function countConcepts(db: Database, query: ConceptQuery): Promise<number> {
  const [row] = await db.read<{ total: number }>('conceptsCount', filterParams(query));
  return row?.total ?? 0;
}
