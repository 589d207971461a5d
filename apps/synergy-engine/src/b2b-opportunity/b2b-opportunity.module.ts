import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Synergy } from '../synergy/synergy.entity';
import { B2BOpportunityReader } from './b2b-opportunity.reader';
import { ZoneB2BOpportunitiesResolver } from './b2b-opportunity.resolver';

/** A zone's B2B synergies presented as opportunities, one per need category. */
@Module({
  imports: [TypeOrmModule.forFeature([Synergy])],
  providers: [B2BOpportunityReader, ZoneB2BOpportunitiesResolver],
})
export class B2BOpportunityModule {}
