import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Refuses, as OPERATION_RESOLUTION_FAILURE with HTTP 400, a request whose document holds no
 * operation to run by the name given: several operations and no `operationName`, or a name none
 * has. A subgraph's Apollo Server answers so itself; the gateway's executor threw instead, which
 * was answered as an internal error with HTTP 500.
 */
export function operationResolutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const message = request.operationName
            ? `Unknown operation named "${request.operationName}".`
            : 'Must provide operation name if query contains multiple operations.';
          throw new GraphQLError(message, {
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
          });
        },
      };
    },
  };
}
