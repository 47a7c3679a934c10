import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * The schema has no Subscription type. graphql-js would only find that out while executing and
 * answer with a masked internal error; this refuses the operation first, as the client's mistake.
 */
export const operationKindsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== 'subscription') return;
        throw new GraphQLError(
          'This API has no subscriptions: send a query or a mutation (poll to follow changes)',
          {
            nodes: [operation],
            extensions: { code: 'BAD_REQUEST', http: { status: 400, headers: new HeaderMap() } },
          },
        );
      },
    };
  },
};
