import {
  GraphQLFieldResolver,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLTypeResolver,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Metadata = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = Metadata['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];
/** A class the decorators were put on (type-graphql types it as `Function`). */
type Target = FieldResolverMetadata['target'];
type ResolverData = {
  root: unknown;
  args: Record<string, unknown>;
  context: unknown;
  info: unknown;
};

/**
 * A parameter's value from what graphql-js hands a resolver; undefined when it needs more than
 * that (a typed root, a pub-sub).
 */
function paramReader(param: ParamMetadata): ((data: ResolverData) => unknown) | undefined {
  switch (param.kind) {
    case 'root':
      return param.propertyName || param.getType ? undefined : (data) => data.root;
    case 'context':
      return param.propertyName
        ? (data) => (data.context as Record<string, unknown>)[param.propertyName!]
        : (data) => data.context;
    case 'info':
      return (data) => data.info;
    case 'arg':
      return (data) => data.args[param.name];
    case 'args':
      return (data) => data.args;
    case 'custom':
      // Shared argument decorators (e.g. LangArg) read graphql-js's coerced arguments.
      return (data) => param.resolver(data as Parameters<typeof param.resolver>[0]);
    default:
      return undefined;
  }
}

/**
 * The resolver as type-graphql would call it, minus what this schema does not use (middlewares,
 * roles, argument validation); undefined when the resolver needs any of those.
 */
function directResolver(
  resolver: FieldResolverMetadata,
  instances: Map<Target, object>,
): GraphQLFieldResolver<unknown, unknown> | undefined {
  if (resolver.kind !== 'external' || resolver.middlewares?.length || resolver.roles?.length) {
    return undefined;
  }
  const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
  const readers = params.map(paramReader);
  if (readers.some((reader) => !reader)) return undefined;
  let instance = instances.get(resolver.target);
  if (!instance) {
    instance = new (resolver.target as new () => object)();
    instances.set(resolver.target, instance);
  }
  const method = (instance as Record<string, (...values: unknown[]) => unknown>)[
    resolver.methodName
  ];
  const target = instance;
  const read = readers as ((data: ResolverData) => unknown)[];
  return (root, args, context, info) => {
    const data = { root, args: args as Record<string, unknown>, context, info };
    return method.apply(
      target,
      read.map((reader) => reader(data)),
    );
  };
}

/**
 * type-graphql passes every argument through an async validation step, even with validation
 * turned off (this schema checks arguments in its resolvers, see argument-errors.ts), so each
 * field resolver that takes an argument answers through a promise: `name(lang:)` on every end of
 * every relation of a concept list made thousands a request. Field resolvers whose parameters are
 * plain (root, context, info, arguments as graphql-js coerced them) are called directly instead,
 * synchronously when they are. Resolvers declared on an interface apply to every type that
 * implements it, and a type's own resolvers take precedence.
 */
function withSyncFieldResolvers(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const typeNames = new Map<Target, string[]>();
  const add = (target: Target, name: string) =>
    typeNames.set(target, [...(typeNames.get(target) ?? []), name]);
  for (const type of [...storage.interfaceTypes, ...storage.objectTypes]) {
    add(type.target, type.name);
    for (const face of type.interfaceClasses ?? []) add(face, type.name);
  }

  const instances = new Map<Target, object>();
  const onObjectType = (resolver: FieldResolverMetadata) =>
    storage.objectTypes.some((type) => type.target === resolver.getObjectType?.());
  // Resolvers declared on an interface first, so a type's own replace them.
  const ordered = [...storage.fieldResolvers].sort(
    (a, b) => Number(onObjectType(a)) - Number(onObjectType(b)),
  );
  for (const resolver of ordered) {
    const objectType = resolver.getObjectType?.();
    const resolve = objectType && directResolver(resolver, instances);
    if (!objectType || !resolve) continue;
    for (const name of typeNames.get(objectType) ?? []) {
      const type = schema.getType(name);
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType) {
        const field = type.getFields()[resolver.schemaName];
        if (field) field.resolve = resolve;
      }
    }
  }
  return schema;
}

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

/** The schema with its field resolvers and interface type resolution answering synchronously. */
export function withSyncResolvers(schema: GraphQLSchema): GraphQLSchema {
  return withSyncFieldResolvers(withSyncResolveTypes(schema));
}
