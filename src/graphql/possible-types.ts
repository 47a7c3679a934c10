import { GraphQLSchema, isAbstractType } from 'graphql';
import { buildAppSchema } from './schema';

/**
 * Each interface or union with the object types that implement it, in the shape Apollo Client's
 * `InMemoryCache({ possibleTypes })` takes, so fragments on `Concept` or `Node` match the right
 * objects in its cache.
 */
export function possibleTypes(schema: GraphQLSchema): Record<string, string[]> {
  return Object.fromEntries(
    Object.values(schema.getTypeMap())
      .filter(isAbstractType)
      .filter((type) => !type.name.startsWith('__'))
      .map((type) => [type.name, schema.getPossibleTypes(type).map((t) => t.name)] as const)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, types]) => [name, [...types].sort()]),
  );
}

/** The text of `possible-types.json`. */
export function printPossibleTypes(): string {
  return `${JSON.stringify(possibleTypes(buildAppSchema()), null, 2)}\n`;
}
