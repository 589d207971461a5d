import { DynamicModule, Module, Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ShutdownModule } from '../shutdown/shutdown-state';
import { HealthController } from './health.controller';
import { READINESS_PROBE, ReadinessProbe, ServiceReadinessProbe } from './readiness-probe';
import { RedisHealthIndicator } from './redis-health.indicator';

/**
 * `/health/live` and `/health/ready`; a subgraph's readiness by default, or the probe given.
 * Readiness turns down as soon as shutdown begins (ShutdownState).
 */
@Module({})
export class HealthModule {
  static forRoot(probe: Type<ReadinessProbe> = ServiceReadinessProbe): DynamicModule {
    const probeProviders =
      probe === ServiceReadinessProbe ? [RedisHealthIndicator, ServiceReadinessProbe] : [probe];
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false }), ShutdownModule],
      controllers: [HealthController],
      providers: [...probeProviders, { provide: READINESS_PROBE, useExisting: probe }],
    };
  }
}
