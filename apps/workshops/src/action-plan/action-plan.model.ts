import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ActionCarrier } from '../action/action-enums';
import { Action } from '../action/action.entity';
import { ActionMilestoneModel, ActionModel } from '../action/action.model';
import { ActionMilestone } from '../action/action-milestone.entity';

@ObjectType('ActionPlanGroup', { description: 'The actions one kind of carrier carries' })
export class ActionPlanGroupModel {
  @Field(() => ActionCarrier)
  carrier: ActionCarrier;

  @Field(() => [ActionModel], { description: 'In the order they were proposed' })
  actions: Action[];
}

@ObjectType('SynergyStatusCount')
export class SynergyStatusCountModel {
  @Field()
  status: string;

  @Field(() => Int)
  count: number;
}

export const SYNERGIES_IN_PLACE_RULE =
  'A synergy is in place when the synergy engine reports it IMPLEMENTING or OPERATIONAL and ' +
  'not obsolete; the count is of the zone’s synergies as they stand now';

@ObjectType('SynergyTarget', {
  description: `The programme's first-year goal: at least three synergies in place. ${SYNERGIES_IN_PLACE_RULE}`,
})
export class SynergyTargetModel {
  @Field(() => Int)
  target: number;

  @Field(() => Int)
  inPlace: number;

  @Field()
  reached: boolean;

  @Field(() => [SynergyStatusCountModel], { description: 'The zone’s synergies by status' })
  byStatus: SynergyStatusCountModel[];
}

@ObjectType('ActionPlan', { description: 'A zone’s actions of one year, and where they stand' })
export class ActionPlanModel {
  zoneId: string;

  @Field(() => Int)
  year: number;

  @Field(() => [ActionPlanGroupModel], { description: 'ANIMATION, COMPANIES, then PARTNER' })
  groups: ActionPlanGroupModel[];

  @Field(() => [ActionMilestoneModel], {
    description: 'Milestones of the year’s actions not completed and not yet past due, by date',
  })
  milestonesDue: ActionMilestone[];

  @Field(() => [ActionMilestoneModel], {
    description: 'Milestones of the year’s actions not completed and past due, by date',
  })
  milestonesLate: ActionMilestone[];

  @Field(() => SynergyTargetModel)
  synergyTarget: SynergyTargetModel;
}
