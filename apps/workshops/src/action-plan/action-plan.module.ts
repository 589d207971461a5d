import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { SynergyModule } from '../synergy/synergy.module';
import { ActionPlanResolver } from './action-plan.resolver';
import { ActionPlanService } from './action-plan.service';

@Module({
  imports: [ActionModule, SynergyModule],
  providers: [ActionPlanService, ActionPlanResolver],
})
export class ActionPlanModule {}
