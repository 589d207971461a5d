import { Injectable } from '@nestjs/common';
import { HealthIndicatorFunction, HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessProbe } from '@symbiose/platform';
import { GatewayConfig, subgraphsOf } from './gateway.config';

/** The gateway is ready when every subgraph reports itself ready in time. */
@Injectable()
export class SubgraphsReadinessProbe implements ReadinessProbe {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly config: GatewayConfig,
  ) {}

  checks(): HealthIndicatorFunction[] {
    return subgraphsOf(this.config).map(({ name, baseUrl }) => async () => {
      const session = this.health.check(name);
      try {
        const response = await fetch(`${baseUrl}/health/ready`, {
          signal: AbortSignal.timeout(this.config.READINESS_TIMEOUT_MS),
        });
        return response.ok ? session.up() : session.down({ httpStatus: response.status });
      } catch (error) {
        return session.down({ message: error instanceof Error ? error.message : String(error) });
      }
    });
  }
}
