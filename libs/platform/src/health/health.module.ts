import { DynamicModule, Module, Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { READINESS_PROBE, ReadinessProbe, ServiceReadinessProbe } from './readiness-probe';
import { RedisHealthIndicator } from './redis-health.indicator';

/** `/health/live` and `/health/ready`; a subgraph's readiness by default, or the probe given. */
@Module({})
export class HealthModule {
  static forRoot(probe: Type<ReadinessProbe> = ServiceReadinessProbe): DynamicModule {
    const probeProviders =
      probe === ServiceReadinessProbe ? [RedisHealthIndicator, ServiceReadinessProbe] : [probe];
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [...probeProviders, { provide: READINESS_PROBE, useExisting: probe }],
    };
  }
}
