import { SeedProblem } from '../seed.types';
import { problemAt, SeedRule } from './rule.types';

/**
 * "A drives B" and "B drives A" together say nothing about which way the influence runs; the
 * seed keeps the direction it can stand behind and drops the other.
 */
export const oppositeRelations: SeedRule = (drafts) => {
  const relations = drafts.flatMap((draft) => draft.relations);
  // type → from → to → the relation's index in seed order (the last, should one repeat). Nested
  // maps rather than one key string per relation: at half a million relations, building the
  // strings cost more than the check.
  const seen = new Map<string, Map<string, Map<string, number>>>();
  relations.forEach((r, index) => {
    const byType = seen.get(r.type) ?? seen.set(r.type, new Map()).get(r.type)!;
    const byFrom = byType.get(r.from) ?? byType.set(r.from, new Map()).get(r.from)!;
    byFrom.set(r.to, index);
  });
  const problems: SeedProblem[] = [];
  relations.forEach((r, index) => {
    const found = seen.get(r.type)?.get(r.to)?.get(r.from);
    // Reported once, on the later of the two in seed order (positions are not always read: a
    // seed without problems is parsed without them).
    if (found === undefined || r.from === r.to || found > index) return;
    const reverse = relations[found];
    problems.push(
      problemAt(
        r,
        `circular relation: ${r.from} ${r.type} ${r.to}, and ${r.to} ${r.type} ${r.from} at ` +
          `${reverse.file}:${reverse.line}; keep one direction`,
      ),
    );
  });
  return problems;
};
