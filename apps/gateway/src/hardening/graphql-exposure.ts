import { GatewayConfig, isProduction } from '../gateway.config';

export interface GraphQLExposure {
  introspection: boolean;
  hideSchemaDetailsFromClientErrors: boolean;
  graphiql: boolean;
  playground: false;
  csrfPrevention: true;
  allowBatchedHttpRequests: false;
  includeStacktraceInErrorResponses: false;
}

/**
 * What the gateway shows of itself. In production, no introspection, no landing page and no
 * "did you mean" in errors (which would spell the schema out a field at a time): the schema is
 * for the front-end teams, who get it from development. Everywhere, CSRF prevention
 * (a GET or a simple form post must carry a header only a script can set), no batches, no
 * stack traces.
 */
export function graphqlExposureOf(config: GatewayConfig): GraphQLExposure {
  const development = !isProduction(config);
  return {
    introspection: development,
    hideSchemaDetailsFromClientErrors: !development,
    graphiql: development,
    // Without an explicit false, Nest would pick its deprecated playground from NODE_ENV itself.
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
  };
}
