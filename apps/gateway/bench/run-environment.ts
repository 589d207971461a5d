import { randomBytes } from 'node:crypto';
import { TEST_TOKEN_SETTINGS } from '@symbiose/testing';
import type { TokenSettings } from '@symbiose/tokens';

export type NodeEnvironment = 'production' | 'development';

/** The variables the services run with under the bench, and the settings its tokens are signed with. */
export interface RunEnvironment {
  variables: Record<string, string>;
  tokenSettings: TokenSettings;
}

const ownSecret = () => randomBytes(32).toString('hex');

/**
 * Production is how the images run the services (NODE_ENV=production in the Dockerfile): graphql-js
 * then skips its development checks on every type test of every field, Apollo its development
 * defaults. It refuses the development secrets, so a production run signs its tokens with a
 * secret of its own. Development is how the tests run them.
 */
export function runEnvironment(nodeEnvironment: NodeEnvironment): RunEnvironment {
  if (nodeEnvironment === 'development') {
    return { variables: {}, tokenSettings: TEST_TOKEN_SETTINGS };
  }
  const tokenSecret = ownSecret();
  return {
    variables: {
      NODE_ENV: 'production',
      AUTH_TOKEN_SECRET: tokenSecret,
      WEBHOOK_SECRET_KEY: ownSecret(),
    },
    tokenSettings: { ...TEST_TOKEN_SETTINGS, AUTH_TOKEN_SECRET: tokenSecret },
  };
}
