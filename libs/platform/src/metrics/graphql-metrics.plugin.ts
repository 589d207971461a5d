import { ApolloServerPlugin } from '@apollo/server';
import { Histogram } from 'prom-client';

/** Times every GraphQL operation, labelled by its name (or "anonymous") and whether it had errors. */
export function graphqlMetricsPlugin(
  histogram: Histogram<'operation' | 'outcome'>,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stop = histogram.startTimer();
      return {
        async willSendResponse({ operationName, errors }) {
          stop({
            operation: operationName ?? 'anonymous',
            outcome: errors?.length ? 'error' : 'ok',
          });
        },
      };
    },
  };
}
