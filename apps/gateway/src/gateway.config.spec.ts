import { ConfigurationError, loadConfig } from '@symbiose/platform';
import { GatewayConfig } from './gateway.config';

describe('GatewayConfig', () => {
  it('has limits that let the front ends and the demo loader through', () => {
    expect(loadConfig(GatewayConfig, {})).toMatchObject({
      NODE_ENV: 'development',
      GRAPHQL_MAX_DEPTH: 10,
      GRAPHQL_MAX_ALIASES: 15,
      GRAPHQL_MAX_COST: 50_000,
      REQUEST_BODY_LIMIT_BYTES: 1_048_576,
      RATE_LIMIT_MAX: 3000,
      RATE_LIMIT_WINDOW_MS: 60_000,
    });
  });

  it('reads each limit from its variable', () => {
    const config = loadConfig(GatewayConfig, {
      GRAPHQL_MAX_DEPTH: '7',
      GRAPHQL_MAX_ALIASES: '0',
      GRAPHQL_MAX_COST: '2500',
      REQUEST_BODY_LIMIT_BYTES: '65536',
      RATE_LIMIT_MAX: '30',
      RATE_LIMIT_WINDOW_MS: '1000',
    });
    expect(config).toMatchObject({
      GRAPHQL_MAX_DEPTH: 7,
      GRAPHQL_MAX_ALIASES: 0,
      GRAPHQL_MAX_COST: 2500,
      REQUEST_BODY_LIMIT_BYTES: 65536,
      RATE_LIMIT_MAX: 30,
      RATE_LIMIT_WINDOW_MS: 1000,
    });
  });

  it('names every bad limit', () => {
    let error: unknown;
    try {
      loadConfig(GatewayConfig, {
        NODE_ENV: 'prod',
        GRAPHQL_MAX_DEPTH: '0',
        GRAPHQL_MAX_COST: 'lots',
        REQUEST_BODY_LIMIT_BYTES: '1mb',
        RATE_LIMIT_MAX: '-1',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems.join('\n');
    for (const variable of [
      'NODE_ENV',
      'GRAPHQL_MAX_DEPTH',
      'GRAPHQL_MAX_COST',
      'REQUEST_BODY_LIMIT_BYTES',
      'RATE_LIMIT_MAX',
    ]) {
      expect(problems).toMatch(new RegExp(`^${variable}: `, 'm'));
    }
  });

  it('reads where picture URLs point and how long they open a picture, and refuses bad values', () => {
    expect(loadConfig(GatewayConfig, {})).toMatchObject({
      PUBLIC_URL: 'http://localhost:4000',
      PICTURE_URL_LIFETIME_SECONDS: 300,
    });
    expect(
      loadConfig(GatewayConfig, {
        PUBLIC_URL: 'https://symbiose.example.org/api',
        PICTURE_URL_LIFETIME_SECONDS: '60',
      }),
    ).toMatchObject({
      PUBLIC_URL: 'https://symbiose.example.org/api',
      PICTURE_URL_LIFETIME_SECONDS: 60,
    });
    let error: unknown;
    try {
      loadConfig(GatewayConfig, {
        PUBLIC_URL: 'symbiose.example.org',
        PICTURE_URL_LIFETIME_SECONDS: '0',
      });
    } catch (caught) {
      error = caught;
    }
    const problems = (error as ConfigurationError).problems.join('\n');
    expect(problems).toMatch(/^PUBLIC_URL: /m);
    expect(problems).toMatch(/^PICTURE_URL_LIFETIME_SECONDS: /m);
  });
});
