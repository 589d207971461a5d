import { Injectable } from '@nestjs/common';
import { HealthIndicatorFunction, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ServiceConfig } from '../config/service-config';
import { RedisHealthIndicator } from './redis-health.indicator';

export const READINESS_PROBE = Symbol('READINESS_PROBE');

/** The checks `/health/ready` runs. */
export interface ReadinessProbe {
  checks(): HealthIndicatorFunction[];
}

/** A subgraph service is ready when PostgreSQL answers a query and Redis a PING. */
@Injectable()
export class ServiceReadinessProbe implements ReadinessProbe {
  constructor(
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly config: ServiceConfig,
  ) {}

  checks(): HealthIndicatorFunction[] {
    return [
      () => this.database.pingCheck('database', { timeout: this.config.READINESS_TIMEOUT_MS }),
      () => this.redis.isHealthy('redis'),
    ];
  }
}
