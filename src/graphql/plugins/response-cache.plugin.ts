import { ApolloServerPlugin } from '@apollo/server';
import { Context } from '../context';
import { GraphVersionTracker } from '../../graph-version/graph-version.tracker';
import { ResponseCache } from '../../http/response-cache';

/**
 * Keeps the answer of a query in the response cache, in the slot the HTTP layer left for it (see
 * src/http/graphql-route.ts, which serves it again): only a query answered without errors, and
 * only if the graph version the slot was made for is still the newest this process knows, so no
 * answer is ever served for a version older than the one the process knows. An answer over
 * `maxBytes` is refused when sent (see src/http/response-size.ts), so it is not kept either: a
 * repeat must be refused too.
 */
export function responseCachePlugin(
  cache: ResponseCache,
  versions: GraphVersionTracker,
  maxBytes: number,
): ApolloServerPlugin<Context> {
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
          // As Apollo serialises it, so a cached answer is byte for byte the first one.
          const bytes = Buffer.from(`${JSON.stringify(body.singleResult)}\n`);
          if (bytes.length > maxBytes) return;
          cache.set(slot, { body: bytes, cost: cost?.requested ?? 0 });
        },
      };
    },
  };
}
