import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { getComplexity } from 'graphql-query-complexity';
import { Context } from '../graphql/context';
import { ClientBudget } from './client-budget';
import { fieldCost } from './field-cost';
import { rateLimitedError } from './rate-limited';

export interface CostOptions {
  schema: GraphQLSchema;
  /** Highest cost of one operation. */
  limit: number;
  budget: ClientBudget;
}

/** Past this many fields and fragments, an operation is refused without costing it further. */
const MAX_QUERY_NODES = 10000;

function refusal(
  message: string,
  operation: OperationDefinitionNode,
  extensions: Record<string, unknown>,
) {
  return new GraphQLError(message, {
    nodes: operation,
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 }, ...extensions },
  });
}

/**
 * Costs each operation with its variables and the arguments' defaults once it is parsed and
 * validated, before any resolver runs: over the limit it is refused; otherwise its cost is spent
 * from the client's budget and reported in `extensions.cost`.
 */
export function costPlugin({ schema, limit, budget }: CostOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let requested: number | undefined;
      return {
        async didResolveOperation({ request, document, operation, contextValue }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          // Variables that do not fit their types fail execution before any resolver runs; that
          // error (not a cost) is the answer.
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) {
            return;
          }
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables,
              operationName: operation.name?.value,
              estimators: [fieldCost],
              maxQueryNodes: MAX_QUERY_NODES,
            });
          } catch (error) {
            throw refusal(
              `The operation cannot be costed: ${(error as Error).message}`,
              operation,
              {
                limit,
              },
            );
          }
          if (cost > limit) {
            throw refusal(
              `The operation would cost ${cost}, over the limit of ${limit}: ask for fewer items (first, limit, depth, maxHops) or split it`,
              operation,
              { cost, limit },
            );
          }
          const waitMs = await budget.spend(contextValue.client, cost);
          if (waitMs > 0) throw rateLimitedError(waitMs);
          requested = cost;
        },
        async willSendResponse({ response }) {
          if (requested === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested, limit } };
        },
      };
    },
  };
}
