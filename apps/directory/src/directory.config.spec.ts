import { loadConfig } from '@symbiose/platform';
import { DEVELOPMENT_WEBHOOK_SECRET_KEY, DirectoryConfig } from './directory.config';

const OWN_TOKEN_SECRET = 'a-token-secret-of-this-deployment-and-no-other';

describe('DirectoryConfig', () => {
  it('works on a developer machine with the webhooks’ defaults', () => {
    expect(loadConfig(DirectoryConfig, {})).toMatchObject({
      WEBHOOK_SECRET_KEY: DEVELOPMENT_WEBHOOK_SECRET_KEY,
      WEBHOOK_TIMEOUT_MS: 10000,
      WEBHOOK_MAX_ATTEMPTS: 6,
      WEBHOOK_BACKOFF_MS: 30000,
      WEBHOOK_DISABLE_AFTER_FAILED_DELIVERIES: 5,
    });
  });

  it('refuses the development webhook key in production, and a short key anywhere', () => {
    expect(() =>
      loadConfig(DirectoryConfig, { NODE_ENV: 'production', AUTH_TOKEN_SECRET: OWN_TOKEN_SECRET }),
    ).toThrow(/WEBHOOK_SECRET_KEY: must be set to a secret of your own in production/);
    const own = 'a-webhook-key-of-this-deployment-and-no-other';
    expect(
      loadConfig(DirectoryConfig, {
        NODE_ENV: 'production',
        AUTH_TOKEN_SECRET: OWN_TOKEN_SECRET,
        WEBHOOK_SECRET_KEY: own,
      }).WEBHOOK_SECRET_KEY,
    ).toBe(own);
    expect(() => loadConfig(DirectoryConfig, { WEBHOOK_SECRET_KEY: 'short' })).toThrow(
      /WEBHOOK_SECRET_KEY: .*32/,
    );
    expect(() => loadConfig(DirectoryConfig, { WEBHOOK_MAX_ATTEMPTS: '0' })).toThrow(
      /WEBHOOK_MAX_ATTEMPTS: .*\(got "0"\)/,
    );
  });
});
