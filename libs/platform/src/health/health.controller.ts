import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { PublicRoute } from '../auth/public-route';
import { ShutdownState } from '../shutdown/shutdown-state';
import { READINESS_PROBE, ReadinessProbe } from './readiness-probe';

@PublicRoute()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly shutdown: ShutdownState,
    @Inject(READINESS_PROBE) private readonly readiness: ReadinessProbe,
  ) {}

  /** The process runs and answers; nothing else is checked, so a slow dependency never restarts it. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * The process can do its work: each dependency answered a real request within the timeout.
   * Once shutdown has begun it is not ready, whatever its dependencies say.
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    const shuttingDown = this.shutdown.reason();
    if (shuttingDown) {
      return this.health.check([
        () => this.indicators.check('shutdown').down({ message: shuttingDown }),
      ]);
    }
    return this.health.check(this.readiness.checks());
  }
}
