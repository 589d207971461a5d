import { loadConfig } from '@symbiose/platform';

/** Production refuses the development secret. */
const PRODUCTION_SECRET = 'a-production-secret-of-the-exposure-spec';
import { GatewayConfig } from '../gateway.config';
import { graphqlExposureOf } from './graphql-exposure';

describe('graphqlExposureOf', () => {
  it('turns introspection and the landing page off in production', () => {
    const exposure = graphqlExposureOf(
      loadConfig(GatewayConfig, { NODE_ENV: 'production', AUTH_TOKEN_SECRET: PRODUCTION_SECRET }),
    );
    expect(exposure).toMatchObject({
      introspection: false,
      hideSchemaDetailsFromClientErrors: true,
      graphiql: false,
      playground: false,
    });
  });

  it.each(['development', 'test'])('keeps them on in %s', (environment) => {
    const exposure = graphqlExposureOf(
      loadConfig(GatewayConfig, { NODE_ENV: environment, AUTH_TOKEN_SECRET: PRODUCTION_SECRET }),
    );
    expect(exposure).toMatchObject({
      introspection: true,
      hideSchemaDetailsFromClientErrors: false,
      graphiql: true,
    });
  });

  it('prevents CSRF and refuses batches everywhere', () => {
    for (const NODE_ENV of ['development', 'production']) {
      expect(
        graphqlExposureOf(
          loadConfig(GatewayConfig, { NODE_ENV, AUTH_TOKEN_SECRET: PRODUCTION_SECRET }),
        ),
      ).toMatchObject({
        csrfPrevention: true,
        allowBatchedHttpRequests: false,
        includeStacktraceInErrorResponses: false,
      });
    }
  });
});
