import 'reflect-metadata';
import {
  GraphQLInterfaceType,
  GraphQLSchema,
  GraphQLTypeResolver,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { buildSchemaSync, getMetadataStorage } from 'type-graphql';
import { resolvers } from '../modules';
import { withSyncFieldResolvers } from './sync-field-resolvers';

let built: GraphQLSchema | undefined;

/**
 * type-graphql wraps each interface's `resolveType` in an async function, so every value of an
 * interface type (each concept at a relation's end) would complete through a promise: thousands
 * per concept list. The ones declared here are synchronous, so they are put back as written.
 */
function withSyncResolveTypes(schema: GraphQLSchema): GraphQLSchema {
  for (const { name, resolveType } of getMetadataStorage().interfaceTypes) {
    const type = schema.getType(name);
    if (resolveType && type instanceof GraphQLInterfaceType) {
      type.resolveType = resolveType as GraphQLTypeResolver<unknown, unknown>;
    }
  }
  return schema;
}

/** The schema is the same for every server in the process, so it is built once. */
export function buildAppSchema(): GraphQLSchema {
  built ??= withSyncFieldResolvers(
    withSyncResolveTypes(buildSchemaSync({ resolvers, validate: false })),
  );
  return built;
}

/** The SDL written to `schema.graphql`; sorted so that the file changes only when the API does. */
export function printAppSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildAppSchema()))}\n`;
}
