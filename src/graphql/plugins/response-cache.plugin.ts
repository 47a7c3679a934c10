import { ApolloServerPlugin } from '@apollo/server';
import { Context } from '../context';
import { GraphVersionTracker } from '../../graph-version/graph-version.tracker';

/**
 * Marks an answer as one the response cache may keep, in the slot the HTTP layer left for it
 * (see src/http/graphql-route.ts, which keeps the bytes it sends and serves them again): only a
 * query answered without errors, and only if the graph version the slot was made for is still
 * the newest this process knows, so no answer is ever served for a version older than the one
 * the process knows.
 */
export function responseCachePlugin(versions: GraphVersionTracker): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const slot = contextValue.cacheSlot;
      if (!slot) return;
      return {
        async willSendResponse({ response, operation }) {
          const { body } = response;
          if (operation?.operation !== 'query' || versions.current !== slot.version) return;
          if (body.kind !== 'single' || body.singleResult.errors) return;
          if ((response.http.status ?? 200) !== 200) return;
          const cost = body.singleResult.extensions?.cost as { requested?: number } | undefined;
          slot.storableAtCost = cost?.requested ?? 0;
        },
      };
    },
  };
}
