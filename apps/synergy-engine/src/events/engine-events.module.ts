import { Global, Module } from '@nestjs/common';
import { RecomputeModule } from '../recompute/recompute.module';
import { SynergyModule } from '../synergy/synergy.module';
import { ReadModelProjection } from './read-model.projection';

/**
 * What the engine's event handlers need, made global: the platform's events
 * module instantiates the handlers in its own scope, which sees only global
 * providers.
 */
@Global()
@Module({
  imports: [RecomputeModule, SynergyModule],
  providers: [ReadModelProjection],
  exports: [ReadModelProjection, RecomputeModule, SynergyModule],
})
export class EngineEventsModule {}
