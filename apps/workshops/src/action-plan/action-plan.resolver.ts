import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionPlanArgs } from './dto/action-plan.args';
import { ActionPlanModel } from './action-plan.model';
import { ActionPlanService } from './action-plan.service';
import { ZoneReference } from '@symbiose/directory-replica';

@Resolver(() => ActionPlanModel)
export class ActionPlanResolver {
  constructor(private readonly plans: ActionPlanService) {}

  @Query(() => ActionPlanModel, {
    description:
      'The actions of a zone’s plan for a year by who carries them, their milestones due and late, and the first-year synergy target',
  })
  actionPlan(@Args() args: ActionPlanArgs) {
    return this.plans.plan(args);
  }

  @ResolveField(() => ZoneReference)
  zone(@Parent() plan: ActionPlanModel): ZoneReference {
    return { id: plan.zoneId };
  }
}
