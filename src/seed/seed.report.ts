/** What a seed load did, counted from what the queries returned. */

export const ENTITIES = [
  'papers',
  'sections',
  'concepts',
  'relations',
  'facts',
  'evidence',
  'links',
] as const;
export type Entity = (typeof ENTITIES)[number];

export interface EntityCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}
export type Status = Exclude<keyof EntityCounts, 'deleted'>;

/**
 * `links` counts the structural relationships without properties: HAS_SECTION, HAS_SUBSECTION,
 * PUBLISHED_BY and ABOUT. `changed` is false only when the load wrote nothing at all.
 */
export type SeedReport = Record<Entity, EntityCounts> & { changed: boolean };

export class ReportBuilder {
  private readonly counts = Object.fromEntries(
    ENTITIES.map((entity) => [entity, { created: 0, updated: 0, unchanged: 0, deleted: 0 }]),
  ) as Record<Entity, EntityCounts>;

  add(entity: Entity, status: keyof EntityCounts, count: number): void {
    this.counts[entity][status] += count;
  }

  build(): SeedReport {
    const changed = ENTITIES.some((entity) => {
      const { created, updated, deleted } = this.counts[entity];
      return created + updated + deleted > 0;
    });
    return { ...this.counts, changed };
  }
}

/** The report as a small fixed-width table, one row per entity. */
export function formatReport(report: SeedReport): string {
  const columns = ['created', 'updated', 'unchanged', 'deleted'] as const;
  const header = ['', ...columns];
  const rows = ENTITIES.map((entity) => [entity, ...columns.map((c) => String(report[entity][c]))]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [header, ...rows].map(line).join('\n');
}
