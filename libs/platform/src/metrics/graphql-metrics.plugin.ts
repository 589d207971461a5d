import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode } from 'graphql';
import { Counter, Histogram } from 'prom-client';

/** The series of GraphQL operations, as `metrics.ts` creates them. */
export interface GraphQLMetrics {
  duration: Histogram<'operation' | 'outcome'>;
  errors: Counter<'operation' | 'code'>;
}

/** What an error without a code is, to its client (see formatGraphQLError). */
const UNCODED = 'INTERNAL_SERVER_ERROR';

/**
 * The operation's name: as Apollo resolved it, else as the document names it (an operation that
 * failed validation is never resolved), else "anonymous".
 */
function operationNameOf(resolved: string | null | undefined, document?: DocumentNode): string {
  if (resolved) return resolved;
  for (const definition of document?.definitions ?? []) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  }
  return 'anonymous';
}

/**
 * Times every GraphQL operation, labelled by its name (or "anonymous") and whether it had
 * errors, and counts its errors by the code the client receives (after formatting, so the
 * gateway's refusals and the subgraphs' codes are counted as clients see them).
 */
export function graphqlMetricsPlugin({ duration, errors }: GraphQLMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stop = duration.startTimer();
      return {
        async willSendResponse({ operationName, document, errors: raised, response }) {
          const operation = operationNameOf(operationName, document);
          const sent = response.body.kind === 'single' ? response.body.singleResult.errors : raised;
          for (const error of sent ?? []) {
            const code = error.extensions?.['code'];
            errors.inc({ operation, code: typeof code === 'string' ? code : UNCODED });
          }
          stop({ operation, outcome: raised?.length || sent?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}
