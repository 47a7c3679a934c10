import { ApolloServerPlugin } from '@apollo/server';
import { GraphVersionTracker } from '../../graph-version/graph-version.tracker';
import { answerCacheHeaders, HttpCachePolicy, NO_STORE } from '../../http/cache-control';

/**
 * Caching headers: an anonymous GET query answered without errors carries an ETag (graph version
 * and operation) and a public Cache-Control; with an API key it is private and not stored; POST
 * answers, mutations and errors are never stored.
 */
export function httpCachingPlugin(
  versions: GraphVersionTracker,
  policy: HttpCachePolicy,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      // The version at the start: the answer is at least that new.
      const version = versions.current;
      return {
        async willSendResponse({ request, response, operation }) {
          const { headers } = response.http;
          const answered =
            response.body.kind === 'single' &&
            !response.body.singleResult.errors &&
            (response.http.status ?? 200) === 200;
          if (operation?.operation !== 'query' || !answered || version === undefined) {
            headers.set('cache-control', NO_STORE);
            return;
          }
          const cacheHeaders = answerCacheHeaders(
            request.http?.method,
            Boolean(request.http?.headers.get('authorization')),
            version,
            request.http?.search ?? '',
            policy,
          );
          for (const [name, value] of Object.entries(cacheHeaders)) headers.set(name, value);
        },
      };
    },
  };
}
