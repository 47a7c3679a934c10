import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { resolvers } from '../modules';
import { withSyncResolvers } from './sync-resolvers';

let built: GraphQLSchema | undefined;

/** The schema is the same for every server in the process, so it is built once. */
export function buildAppSchema(): GraphQLSchema {
  built ??= withSyncResolvers(buildSchemaSync({ resolvers, validate: false }));
  return built;
}

/** The SDL written to `schema.graphql`; sorted so that the file changes only when the API does. */
export function printAppSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildAppSchema()))}\n`;
}
