import { Module } from '@nestjs/common';
import { RecomputeModule } from '../recompute/recompute.module';
import { SynergyModule } from '../synergy/synergy.module';
import { EngineEventHandlers } from './engine-event-handlers';
import { ReadModelProjection } from './read-model.projection';

/** The events the engine consumes: its read model, the recomputes they call for, the scenarios. */
@Module({
  imports: [RecomputeModule, SynergyModule],
  providers: [ReadModelProjection, EngineEventHandlers],
})
export class EngineEventsModule {}
