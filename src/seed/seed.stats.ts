import { Seed } from './seed.types';

export interface SeedStats {
  papers: number;
  sections: number;
  concepts: number;
  conceptsByKind: Record<string, number>;
  relations: number;
  relationsByType: Record<string, number>;
  facts: number;
  evidence: number;
}

function tally(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of [...values].sort()) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** What a valid seed holds, for the check's summary and the README's counts. */
export function seedStats(seed: Seed): SeedStats {
  const all = <T>(pick: (paper: Seed['papers'][number]) => T[]) => seed.papers.flatMap(pick);
  const owners = all((p) => [p.paper, ...p.concepts, ...p.relations, ...p.facts]);
  return {
    papers: seed.papers.length,
    sections: all((p) => p.sections).length,
    concepts: all((p) => p.concepts).length,
    conceptsByKind: tally(all((p) => p.concepts).map((c) => c.kind)),
    relations: all((p) => p.relations).length,
    relationsByType: tally(all((p) => p.relations).map((r) => r.type)),
    facts: all((p) => p.facts).length,
    evidence: owners.reduce((sum, owner) => sum + owner.evidence.length, 0),
  };
}

export function formatStats(stats: SeedStats): string {
  return (
    `${stats.papers} paper(s), ${stats.sections} sections, ${stats.concepts} concepts, ` +
    `${stats.relations} relations, ${stats.facts} facts, ${stats.evidence} evidence items`
  );
}
