import { GraphQLFormattedError } from 'graphql';
import { formatGraphQLError, recodeRefusedQuery } from '@symbiose/platform';
import { currentRequestId } from './request-scope';

/**
 * The gateway's error format, for its own errors and the subgraphs' alike: the platform's
 * (client errors as they are, anything else an opaque "Internal server error", never a stack
 * trace), refused queries with their own code, no name of the subgraph that answered, and the
 * request id on every error, so that a client reporting one points at its log lines.
 */
export function gatewayErrorFormatter(
  requestId: () => string | undefined = currentRequestId,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const masked = formatGraphQLError(recodeRefusedQuery(formatted, error), error);
    // Which subgraph answered is the deployment's business, not the client's.
    const { serviceName: _serviceName, ...extensions } = masked.extensions ?? {};
    return { ...masked, extensions: { ...extensions, requestId: requestId() } };
  };
}
