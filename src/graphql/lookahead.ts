import { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, ResolveTree } from 'graphql-parse-resolve-info';

export type { ResolveTree };

/**
 * What the client selected below the field being resolved, with variables and argument defaults
 * applied and fragments expanded (graphql-parse-resolve-info), so a root field can fetch in one
 * statement what its subfields will ask for.
 */
export function selectionOf(info: GraphQLResolveInfo): ResolveTree | null {
  const tree = parseResolveInfo(info);
  return tree && 'fieldsByTypeName' in tree ? (tree as ResolveTree) : null;
}

/** The selections of `field` right below `tree`, whatever type or fragment they were asked on. */
export function childFields(tree: ResolveTree | null | undefined, field: string): ResolveTree[] {
  if (!tree) return [];
  return Object.values(tree.fieldsByTypeName).flatMap((fields) =>
    Object.values(fields).filter((child) => child.name === field),
  );
}

/** The first selection along a path of field names, e.g. `edges`, `node`, `relations`. */
export function descend(
  tree: ResolveTree | null | undefined,
  ...path: string[]
): ResolveTree | null {
  let current = tree ?? null;
  for (const field of path) current = childFields(current, field)[0] ?? null;
  return current;
}

/** Every selection along a path of field names, through all aliases of each. */
export function descendAll(tree: ResolveTree | null | undefined, ...path: string[]): ResolveTree[] {
  let current = tree ? [tree] : [];
  for (const field of path) current = current.flatMap((t) => childFields(t, field));
  return current;
}

export function selects(tree: ResolveTree | null | undefined, field: string): boolean {
  return childFields(tree, field).length > 0;
}
