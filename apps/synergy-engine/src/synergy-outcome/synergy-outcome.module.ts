import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  RealisedTotals,
  TerritoryRealisedImpactResolver,
  ZoneRealisedImpactResolver,
} from './realised-impact';
import { SynergyOutcome } from './synergy-outcome.entity';
import { SynergyOutcomeResolver } from './synergy-outcome.resolver';
import { SynergyOutcomeService } from './synergy-outcome.service';

/** What operational synergies achieved: their recorded outcomes and the realised totals. */
@Module({
  imports: [TypeOrmModule.forFeature([SynergyOutcome])],
  providers: [
    SynergyOutcomeService,
    SynergyOutcomeResolver,
    RealisedTotals,
    ZoneRealisedImpactResolver,
    TerritoryRealisedImpactResolver,
  ],
  exports: [RealisedTotals],
})
export class SynergyOutcomeModule {}
