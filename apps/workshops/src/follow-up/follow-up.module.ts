import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SynergyModule } from '../synergy/synergy.module';
import { WorkshopModule } from '../workshop/workshop.module';
import { ScenarioResolver, SynergyFollowUpResolver } from './follow-up.resolver';
import { Scenario } from './scenario.entity';
import { ScenarioService } from './scenario.service';

@Module({
  imports: [TypeOrmModule.forFeature([Scenario]), SynergyModule, WorkshopModule],
  providers: [ScenarioService, ScenarioResolver, SynergyFollowUpResolver],
})
export class FollowUpModule {}
