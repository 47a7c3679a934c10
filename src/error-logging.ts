import { ApolloServerPlugin } from '@apollo/server';
import { Context } from './context';
import { AppError, isDatabaseUnavailable, originalOf } from './errors';

/**
 * Logs what the client is not told: the cause of a masked internal error, and database outages,
 * through the request's own logger so each line carries the request id.
 */
export const errorLoggingPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const original = originalOf(error);
          if (original instanceof AppError) continue;
          if (isDatabaseUnavailable(original)) {
            contextValue.log.warn({ err: original }, 'Neo4j unavailable');
          } else if (!error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR') {
            contextValue.log.error({ err: original }, 'Unexpected error while resolving a request');
          }
        }
      },
    };
  },
};
