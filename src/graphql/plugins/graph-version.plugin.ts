import { ApolloServerPlugin } from '@apollo/server';
import { GraphVersionTracker } from '../../graph-version/graph-version.tracker';

/**
 * Keeps the process's graph version current: after a mutation the answer leaves only once the
 * version its transaction committed is known here, so the caller's next read cannot be served an
 * older cached answer. Polling stops with the server.
 */
export function graphVersionPlugin(versions: GraphVersionTracker): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          versions.stop();
        },
      };
    },
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') await versions.refreshAfterWrite();
        },
      };
    },
  };
}
