import { ApolloServerPlugin } from '@apollo/server';
import { Context } from './context';
import { errorKind, originalOf } from './errors';

/**
 * Logs what the client is not told, through the request's own logger so each line carries the
 * request id: the cause of a masked internal error (with its stack), and database outages and
 * query timeouts (without). A client's own mistakes are noted at info level only.
 */
export const errorLoggingPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const kind = errorKind(error);
          const { message } = error;
          const code = error.extensions?.code;
          if (kind === 'client') contextValue.log.info({ code, message }, 'Request refused');
          else if (kind === 'timeout') contextValue.log.warn({ message }, 'Query timed out');
          else if (kind === 'unavailable') contextValue.log.warn({ message }, 'Neo4j unavailable');
          else {
            contextValue.log.error(
              { err: originalOf(error) },
              'Unexpected error while resolving a request',
            );
          }
        }
      },
    };
  },
};
