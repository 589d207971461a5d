import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KnownOrganizationsModule, KnownZonesModule } from '@symbiose/directory-replica';
import { SynergyModule } from '../synergy/synergy.module';
import { ActionMilestone } from './action-milestone.entity';
import { Action } from './action.entity';
import { ActionMilestoneResolver, ActionResolver } from './action.resolver';
import { ActionService } from './action.service';
import { ActionCategoryResolver } from './action-category.resolver';

@Module({
  imports: [
    TypeOrmModule.forFeature([Action, ActionMilestone]),
    SynergyModule,
    KnownOrganizationsModule,
    KnownZonesModule,
  ],
  providers: [ActionService, ActionResolver, ActionMilestoneResolver, ActionCategoryResolver],
  exports: [ActionService],
})
export class ActionModule {}
