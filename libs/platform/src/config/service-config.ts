import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import {
  DEFAULT_TOKEN_AUDIENCE,
  DEFAULT_TOKEN_ISSUER,
  DEVELOPMENT_TOKEN_SECRET,
} from '@symbiose/tokens';
import { IsOwnSecretInProduction, NODE_ENVIRONMENTS } from '../auth/auth-config';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * What every process reads from its environment, the gateway included. Fields
 * keep explicit types: the conversion from environment strings reads them.
 */
export class BaseConfig {
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  /** How long a readiness check waits for a dependency before reporting it down. */
  @IsInt()
  @Min(100)
  @Max(60000)
  READINESS_TIMEOUT_MS: number = 2000;

  /**
   * How long a graceful shutdown may take, from SIGTERM to exit: keep it shorter than the
   * orchestrator's grace period (Compose's `stop_grace_period`, Kubernetes'
   * `terminationGracePeriodSeconds`), which kills the process after it.
   */
  @IsInt()
  @Min(1000)
  @Max(600000)
  SHUTDOWN_TIMEOUT_MS: number = 10000;

  /** `production` turns off what only helps a developer, and refuses development secrets. */
  @IsIn(NODE_ENVIRONMENTS)
  NODE_ENV: (typeof NODE_ENVIRONMENTS)[number] = 'development';

  /**
   * Signs and checks the tokens Symbiose issues itself (HS256): development
   * tokens, partner systems' tokens from their API keys, the gateway's own.
   */
  @MinLength(32)
  @IsOwnSecretInProduction()
  AUTH_TOKEN_SECRET: string = DEVELOPMENT_TOKEN_SECRET;

  /** The identity provider's key set, for its RS256 tokens; without it only Symbiose's own tokens are accepted. */
  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'must be an http(s) URL' })
  AUTH_JWKS_URL?: string;

  /** The only issuer whose tokens are accepted. */
  @IsString()
  @MinLength(1)
  AUTH_ISSUER: string = DEFAULT_TOKEN_ISSUER;

  /** The audience a token must name. */
  @IsString()
  @MinLength(1)
  AUTH_AUDIENCE: string = DEFAULT_TOKEN_AUDIENCE;
}

/** Where the BullMQ queues are: what every process that works with them reads. */
export class QueueConfig extends BaseConfig {
  @Matches(/^rediss?:\/\//, { message: 'must be a redis:// URL' })
  REDIS_URL: string = 'redis://localhost:6379';

  /** Prefix of every BullMQ key, so that several deployments or test suites share one Redis. */
  @IsString()
  @Matches(/^[a-z0-9-]+$/, { message: 'must be lowercase letters, digits and dashes' })
  QUEUE_PREFIX: string = 'symbiose';
}

/** What every subgraph service reads from its environment. Services extend it with their own variables. */
export class ServiceConfig extends QueueConfig {
  @Matches(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// URL' })
  DATABASE_URL: string = 'postgres://postgres@localhost:5432/symbiose';
}
