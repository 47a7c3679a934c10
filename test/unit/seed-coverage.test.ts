import { SEED_DIR } from '../../src/core/paths';
import { Seed, SeedProblem } from '../../src/seed/seed.types';
import { validateSeed } from '../../src/seed/seed.validator';

/**
 * Every heading of every paper has a concept placed under it (or says in outline.yaml why not),
 * and every leaf heading has at least four, so no part of the paper is an empty page in the graph.
 */
interface Heading {
  heading: string;
  leaf: boolean;
  count: number;
  reason?: string;
}

const headingsOf = (seed: Seed): Heading[] =>
  seed.papers.flatMap((paper) => {
    const parents = new Set(paper.sections.flatMap((s) => (s.parent ? [s.parent] : [])));
    return paper.sections.map((section) => {
      const concepts = paper.concepts.filter((c) =>
        c.evidence.some((e) => e.section === section.number),
      );
      return {
        heading: `${paper.paper.key} ${section.number}`,
        leaf: !parents.has(section.number),
        count: concepts.length,
        reason: section.noConceptReason,
      };
    });
  });

let problems: SeedProblem[];
let headings: Heading[];

beforeAll(async () => {
  const validation = await validateSeed(SEED_DIR);
  problems = validation.problems;
  headings = headingsOf(validation.seed);
});

describe('coverage of the outline by concepts', () => {
  test('the seed is valid and has headings', () => {
    expect(problems).toEqual([]);
    expect(headings.length).toBeGreaterThan(0);
  });

  test('every heading has a concept or a reason why not', () => {
    expect(headings.filter((h) => h.count === 0 && !h.reason).map((h) => h.heading)).toEqual([]);
  });

  test('every leaf heading without a reason has at least four concepts', () => {
    expect(
      headings
        .filter((h) => h.leaf && !h.reason && h.count < 4)
        .map((h) => `${h.heading}: ${h.count}`),
    ).toEqual([]);
  });
});
