import { IsInt, Max, Min } from 'class-validator';
import { ConfigurationError, loadConfig } from './load-config';
import { ServiceConfig } from './service-config';

class WorkerConfig extends ServiceConfig {
  @IsInt()
  @Min(1)
  @Max(64)
  CONCURRENCY: number = 4;
}

describe('loadConfig', () => {
  it('applies the defaults that work on a developer machine', () => {
    const config = loadConfig(WorkerConfig, {});
    expect(config).toMatchObject({
      DATABASE_URL: 'postgres://postgres@localhost:5432/symbiose',
      REDIS_URL: 'redis://localhost:6379',
      QUEUE_PREFIX: 'symbiose',
      LOG_LEVEL: 'info',
      CONCURRENCY: 4,
    });
  });

  it('reads and converts variables, ignoring empty ones', () => {
    const config = loadConfig(WorkerConfig, { PORT: '4101', CONCURRENCY: '8', LOG_LEVEL: '' });
    expect(config.PORT).toBe(4101);
    expect(config.CONCURRENCY).toBe(8);
    expect(config.LOG_LEVEL).toBe('info');
  });

  it('names every bad variable, with what it got', () => {
    let error: unknown;
    try {
      loadConfig(WorkerConfig, {
        DATABASE_URL: 'mysql://localhost/symbiose',
        LOG_LEVEL: 'loud',
        CONCURRENCY: '0',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL \(got "mysql/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL: .*\(got "loud"\)/);
    expect(problems.join('\n')).toMatch(/CONCURRENCY: .*\(got "0"\)/);
  });

  it('refuses the development token secret in production, and a short secret anywhere', () => {
    expect(() => loadConfig(WorkerConfig, { NODE_ENV: 'production' })).toThrow(
      /AUTH_TOKEN_SECRET: must be set to a secret of your own in production/,
    );
    const own = 'a-secret-of-this-deployment-and-no-other-one';
    expect(
      loadConfig(WorkerConfig, { NODE_ENV: 'production', AUTH_TOKEN_SECRET: own })
        .AUTH_TOKEN_SECRET,
    ).toBe(own);
    expect(() => loadConfig(WorkerConfig, { AUTH_TOKEN_SECRET: 'short' })).toThrow(
      /AUTH_TOKEN_SECRET: .*32/,
    );
    expect(() => loadConfig(WorkerConfig, { AUTH_JWKS_URL: 'ftp://idp/keys' })).toThrow(
      /AUTH_JWKS_URL: must be an http\(s\) URL/,
    );
  });
});
