import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  DocumentNode,
  execute,
  ExecutionResult,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  getVariableValues,
  Kind,
  OperationDefinitionNode,
  printSchema,
} from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../core/logger';
import { compiledSize } from './compiled-size';

/** Operations whose runs are counted and kept compiled; frontends send a few dozen. */
const MAX_OPERATIONS = 500;
/** graphql-js's `execute` stops at 50 wrong variables too, then says "Too many errors". */
const MAX_VARIABLE_ERRORS = 50;
/**
 * Largest operation compiled, in compiledSize units. A concept list with both relation ends is
 * about 400 and compiles in about 20 ms; one of 3,171 took 136. Larger ones run on graphql-js,
 * however often they come.
 */
const MAX_COMPILED_SIZE = 1500;

export interface JitOptions {
  /** Runs of an operation on graphql-js before it is compiled (0: compiled at its first run). */
  compileAfterRuns: number;
  log: Logger;
}

interface OperationRuns {
  runs: number;
  /** Compiled; null when it never will be (too large, or graphql-jit refused it). */
  compiled?: CompiledQuery | null;
}

/**
 * graphql-jit's errors imitate graphql-js's without being quite them (no `extensions` object, no
 * `toJSON`), and Apollo's error formatting relies on both: such an error came out as an internal
 * one, its code lost. Each becomes a graphql-js error with the same message, path, locations and
 * original error.
 */
function withGraphqlJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((jit) =>
    Object.assign(
      new GraphQLError(jit.message, {
        path: jit.path,
        originalError: jit.originalError,
        extensions: jit.extensions,
      }),
      { locations: jit.locations },
    ),
  );
  return { ...result, errors };
}

/**
 * Runs operations with graphql-jit instead of graphql-js's `execute` once they come again.
 * graphql-js interprets an operation field by field: for every field of every item it builds a
 * resolve info and an arguments object and walks the selection again, which was a third of the
 * API's CPU on a concept list (50 concepts × 20 relations × both ends). graphql-jit compiles an
 * operation once into a function that does only what that operation needs; the answer is the
 * same. Compiling costs milliseconds, so an operation is compiled only after `compileAfterRuns`
 * runs (a client sending each query once never pays for it), and only when compiledSize says
 * its code stays small.
 *
 * Apollo Server takes another executor only from a gateway, so this is a gateway in name: it
 * hands Apollo the schema once and executes what Apollo has parsed and validated. Apollo's
 * request pipeline (plugins, validation rules, error formatting) runs as before.
 *
 * graphql-jit's differences that matter here: a field without a resolver is read as a plain
 * value, never awaited, so a field whose value may be a promise needs a resolver; and when an
 * error nulls a list, it reports every item's error where graphql-js reports the first. Answers
 * are otherwise the same: jit-differential.test.ts compares both on generated queries.
 */
export function jitExecutor(schema: GraphQLSchema, options: JitOptions): GatewayInterface {
  const operations = new LRUCache<string, OperationRuns>({ max: MAX_OPERATIONS });

  const compile = (document: DocumentNode, operation: OperationDefinitionNode) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.set(definition.name.value, definition);
      }
    }
    if (compiledSize(schema, operation, fragments, MAX_COMPILED_SIZE) > MAX_COMPILED_SIZE) {
      options.log.info(
        { operationName: operation.name?.value ?? null },
        'Operation too large to compile; graphql-js runs it',
      );
      return null;
    }
    const result = compileQuery(schema, document, operation.name?.value, {
      // Errors reach clients without stacks anyway (formatError); capturing them costs.
      disablingCapturingStackErrors: true,
      // Without it, graphql-jit 0.8 left out the fields of fragment spreads under @skip or
      // @include that were included (jit-executor.test.ts compares them with graphql-js's).
      useExperimentalPathBasedSkipInclude: true,
    });
    return isCompiledQuery(result) ? result : null;
  };

  const executor: GatewayExecutor = async (request) => {
    const { source, document, operation, operationName, context } = request;
    const variables = request.request.variables ?? {};
    const key = `${operationName ?? ''}\u0000${source}`;
    let entry = operations.get(key);
    if (!entry) {
      entry = { runs: 0 };
      operations.set(key, entry);
    }
    entry.runs += 1;
    if (entry.compiled === undefined && entry.runs > options.compileAfterRuns) {
      entry.compiled = compile(document, operation);
    }
    if (!entry.compiled) {
      return execute({
        schema,
        document,
        operationName,
        contextValue: context,
        variableValues: variables,
      });
    }
    const result = await entry.compiled.query(undefined, context, variables);
    // Variables that do not fit: the only answer without `data`. graphql-js's errors for them
    // name the variable and point at its definition, which Apollo and the argument-errors plugin
    // turn into BAD_USER_INPUT with the field at fault; graphql-jit's say less. Only then are
    // the variables coerced a second time.
    if (!('data' in result)) {
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
        maxErrors: MAX_VARIABLE_ERRORS,
      });
      if (coerced.errors) return { errors: coerced.errors };
    }
    return withGraphqlJsErrors(result);
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}
