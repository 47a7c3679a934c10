import { manyByKey, oneByKey } from '../../graphql/batch';
import { Database } from '../../neo4j/database';
import { SortKey, Sorted } from '../../graphql/pagination';
import { ConceptKind } from '../common/common.enums';
import { ConceptRecord, toConcept } from '../concept/concept.record';
import { SectionRecord, toSection } from './section.record';

type SectionRow = { key: string; section: Record<string, unknown> };

export interface SectionConceptFilter {
  key: string;
  kinds: ConceptKind[];
}

export interface SectionConceptRequest extends SectionConceptFilter {
  after: SortKey | null;
  before: SortKey | null;
  backward: boolean;
  limit: number;
}

export async function findSectionsByKeys(db: Database, keys: readonly string[]) {
  const rows = await db.read<SectionRow>('sectionsByKeys', { keys });
  return oneByKey(
    keys,
    rows,
    (row) => row.key,
    (row) => toSection(row.section),
  );
}

export async function findSectionChildren(db: Database, keys: readonly string[]) {
  const rows = await db.read<SectionRow>('sectionChildren', { keys });
  return manyByKey(
    keys,
    rows,
    (row) => row.key,
    (row) => toSection(row.section),
  );
}

export async function findSectionParents(db: Database, keys: readonly string[]) {
  const rows = await db.read<SectionRow>('sectionParents', { keys });
  return oneByKey(
    keys,
    rows,
    (row) => row.key,
    (row) => toSection(row.section),
  );
}

export async function findSectionPaths(
  db: Database,
  keys: readonly string[],
): Promise<SectionRecord[][]> {
  const rows = await db.read<{ key: string; sections: Record<string, unknown>[] }>('sectionPaths', {
    keys,
  });
  const paths = oneByKey(
    keys,
    rows,
    (row) => row.key,
    (row) => row.sections.map(toSection),
  );
  return paths.map((path) => path ?? []);
}

export async function findSectionConceptPages(
  db: Database,
  requests: readonly SectionConceptRequest[],
): Promise<Sorted<ConceptRecord>[][]> {
  const rows = await db.read<{
    id: number;
    concepts: { concept: Record<string, unknown>; sort: SortKey }[];
  }>('sectionConcepts', { requests: requests.map((request, id) => ({ ...request, id })) });
  const pages: Sorted<ConceptRecord>[][] = requests.map(() => []);
  for (const row of rows) {
    pages[row.id] = row.concepts.map((item) => ({
      sort: item.sort,
      node: toConcept(item.concept),
    }));
  }
  return pages;
}

export async function countSectionConcepts(
  db: Database,
  filters: readonly SectionConceptFilter[],
): Promise<number[]> {
  const rows = await db.read<{ id: number; total: number }>('sectionConceptCounts', {
    requests: filters.map((filter, id) => ({ ...filter, id })),
  });
  const totals = filters.map(() => 0);
  for (const row of rows) totals[row.id] = row.total;
  return totals;
}
