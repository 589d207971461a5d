import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KnownOrganizationsModule } from '@symbiose/directory-replica';
import { ActionModule } from '../action/action.module';
import { WorkshopModule } from '../workshop/workshop.module';
import { PrioritisationCandidate } from './prioritisation-candidate.entity';
import { PrioritisationChartController } from './prioritisation-chart.controller';
import { PrioritisationChartUrlResolver } from './prioritisation-chart-url.resolver';
import { PrioritisationEntryResolver, PrioritisationResolver } from './prioritisation.resolver';
import { PrioritisationService } from './prioritisation.service';
import { PriorityVote } from './priority-vote.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([PrioritisationCandidate, PriorityVote]),
    WorkshopModule,
    ActionModule,
    KnownOrganizationsModule,
  ],
  providers: [
    PrioritisationService,
    PrioritisationResolver,
    PrioritisationEntryResolver,
    PrioritisationChartUrlResolver,
  ],
  controllers: [PrioritisationChartController],
})
export class PrioritisationModule {}
