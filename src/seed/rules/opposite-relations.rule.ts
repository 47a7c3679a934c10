import { RelationSpec } from '../seed.types';
import { problemAt, SeedRule } from './rule.types';

/**
 * "A drives B" and "B drives A" together say nothing about which way the influence runs; the
 * seed keeps the direction it can stand behind and drops the other.
 */
export const oppositeRelations: SeedRule = (drafts) => {
  const relations = drafts.flatMap((draft) => draft.relations);
  const seen = new Map<string, { relation: RelationSpec; index: number }>();
  relations.forEach((relation, index) =>
    seen.set(`${relation.from}|${relation.type}|${relation.to}`, { relation, index }),
  );
  return relations.flatMap((r, index) => {
    const found = seen.get(`${r.to}|${r.type}|${r.from}`);
    // Reported once, on the later of the two in seed order (positions are not always read: a
    // seed without problems is parsed without them).
    if (!found || r.from === r.to || found.index > index) return [];
    const reverse = found.relation;
    return [
      problemAt(
        r,
        `circular relation: ${r.from} ${r.type} ${r.to}, and ${r.to} ${r.type} ${r.from} at ` +
          `${reverse.file}:${reverse.line}; keep one direction`,
      ),
    ];
  });
};
