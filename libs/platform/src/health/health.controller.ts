import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { PublicRoute } from '../auth/public-route';
import { READINESS_PROBE, ReadinessProbe } from './readiness-probe';

@PublicRoute()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    @Inject(READINESS_PROBE) private readonly readiness: ReadinessProbe,
  ) {}

  /** The process runs and answers; nothing else is checked, so a slow dependency never restarts it. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** The process can do its work: each dependency answered a real request within the timeout. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check(this.readiness.checks());
  }
}
