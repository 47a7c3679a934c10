import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import { Context } from '../context';
import { GraphVersionTracker } from '../../graph-version/graph-version.tracker';

type Answer = Pick<FormattedExecutionResult, 'data' | 'extensions'>;

/**
 * Whole answers of queries, kept in memory and keyed by the graph version with the operation, its
 * variables and the caller's role. A key holds the version this process knew when the request
 * began, and an answer is stored only if that version is still the newest when it is complete, so
 * no answer is ever served for a version older than the one the process knows. Answers with
 * errors are never stored. `lru-cache` bounds the memory: each entry weighs its JSON length.
 */
export function responseCachePlugin(
  versions: GraphVersionTracker,
  maxBytes: number,
): ApolloServerPlugin<Context> {
  const cache = new LRUCache<string, Answer>({
    maxSize: maxBytes,
    sizeCalculation: (answer, key) => JSON.stringify(answer).length + key.length,
  });
  let cachedVersion: number | undefined;

  return {
    async requestDidStart() {
      let key: string | undefined;
      let version: number | undefined;
      let hit = false;
      return {
        async responseForOperation({ operation, queryHash, operationName, request, contextValue }) {
          version = versions.current;
          if (operation.operation !== 'query' || version === undefined) return null;
          // Answers of an older version can never be served again: drop them at once.
          if (version !== cachedVersion) {
            cache.clear();
            cachedVersion = version;
          }
          key = JSON.stringify([
            version,
            contextValue.role,
            queryHash,
            operationName,
            request.variables ?? {},
          ]);
          const answer = cache.get(key);
          if (!answer) return null;
          hit = true;
          return {
            http: { headers: new HeaderMap() },
            body: { kind: 'single', singleResult: answer },
          };
        },
        async willSendResponse({ response }) {
          if (!key || hit || versions.current !== version) return;
          const { body } = response;
          if (body.kind !== 'single' || body.singleResult.errors) return;
          const { data, extensions } = body.singleResult;
          cache.set(key, extensions ? { data, extensions } : { data });
        },
      };
    },
  };
}
