import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  /**
   * The gateway's base URL as clients reach it, on which the services build the signed URLs of
   * their pictures (the charts a page shows in `<img src>`).
   */
  @Matches(/^https?:\/\/[^/\s]+(\/\S*)?$/, { message: 'must be an http(s) URL' })
  PUBLIC_URL: string = 'http://localhost:4000';

  /**
   * How long a picture's signed URL opens it, in seconds; browsers may keep the picture as long.
   * Long enough for a page to load its images, short enough that a URL passed on soon opens
   * nothing.
   */
  @IsInt()
  @Min(1)
  @Max(3600)
  PICTURE_URL_LIFETIME_SECONDS: number = 300;

  /**
   * Deepest nesting of a query's fields, at the gateway and at each subgraph alike. The deepest
   * query of the front ends and the demo loader nests 5
   * (`organizations { nodes { zone { territory { name } } } }`).
   */
  @IsInt()
  @Min(1)
  @Max(100)
  GRAPHQL_MAX_DEPTH: number = 10;

  /**
   * Most aliases in one operation, `__typename`'s included: past a few, aliases only repeat
   * work (an "alias flood").
   */
  @IsInt()
  @Min(0)
  @Max(1000)
  GRAPHQL_MAX_ALIASES: number = 15;

  /**
   * Most tokens (names, punctuation, values) in one query document, counted as it is parsed,
   * so that a document of thousands of fragments or fields is refused before it is built. The
   * front ends' reference operations have fewer than 100.
   */
  @IsInt()
  @Min(100)
  @Max(1_000_000)
  GRAPHQL_MAX_TOKENS: number = 5000;

  /**
   * Highest cost of a query, at the gateway and at each subgraph alike: 2 per object and 1 per
   * scalar, times the size of each list it is in (a page's `first`, 20 for a list with no page).
   * The costliest reference operation of the front ends, a page of 100 synergies with their
   * participants (ZoneSynergies), costs 25,007; four levels of `zones { territory … }` cost
   * 513,684.
   */
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  GRAPHQL_MAX_COST: number = 50_000;

  /** Largest JSON or form request body, in bytes; a larger one is refused with HTTP 413. */
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  REQUEST_BODY_LIMIT_BYTES: number = 1024 * 1024;
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

  /**
   * Twice the gateway's: a subgraph's requests come from the gateway, which passes on a
   * client's variables (up to its own 1 MiB) with its plan's selections and the entity
   * representations it gathered from the other subgraphs.
   */
  override REQUEST_BODY_LIMIT_BYTES: number = 2 * 1024 * 1024;

  /**
   * Where a service keeps the audit of the mutations it answered while its database refused the
   * entries (in a folder named after the service), until it can write them. Point it at a
   * persistent volume: the temporary directory does not outlive a new container.
   */
  @IsString()
  @MinLength(1)
  AUDIT_SPOOL_DIR: string = join(tmpdir(), 'symbiose-audit-spool');

  /** How often a service writes its spooled audit to its database, and replays it at start. */
  @IsInt()
  @Min(100)
  @Max(600000)
  AUDIT_SPOOL_REPLAY_INTERVAL_MS: number = 5000;
}
