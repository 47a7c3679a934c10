import { RelationSpec } from '../seed.types';
import { problemAt, SeedRule } from './rule.types';

/**
 * "A drives B" and "B drives A" together say nothing about which way the influence runs; the
 * seed keeps the direction it can stand behind and drops the other.
 */
export const oppositeRelations: SeedRule = (drafts) => {
  const relations = drafts.flatMap((draft) => draft.relations);
  const seen = new Map<string, RelationSpec>();
  for (const r of relations) seen.set(`${r.from}|${r.type}|${r.to}`, r);
  return relations.flatMap((r) => {
    const reverse = seen.get(`${r.to}|${r.type}|${r.from}`);
    // Reported once, on the later of the two.
    if (!reverse || r.from === r.to || !isLater(r, reverse)) return [];
    return [
      problemAt(
        r,
        `circular relation: ${r.from} ${r.type} ${r.to}, and ${r.to} ${r.type} ${r.from} at ` +
          `${reverse.file}:${reverse.line}; keep one direction`,
      ),
    ];
  });
};

const isLater = (a: RelationSpec, b: RelationSpec) =>
  a.file.localeCompare(b.file) > 0 || (a.file === b.file && a.line > b.line);
