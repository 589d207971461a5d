import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { groupToKeys, Loaders, RequestLoaders, UuidArgPipe } from '@symbiose/platform';
import { SynergyReference } from '../synergy/synergy.model';
import {
  ActionsArgs,
  AddMilestoneInput,
  ChangeActionStatusInput,
  CompleteMilestoneInput,
  ProposeActionInput,
} from './dto/action.inputs';
import { ActionMilestone } from './action-milestone.entity';
import { actionLoader } from './action.loader';
import { Action } from './action.entity';
import { ActionConnection, ActionMilestoneModel, ActionModel } from './action.model';
import { ActionService } from './action.service';
import { OrganizationReference, ZoneReference } from '@symbiose/directory-replica';

@Resolver(() => ActionModel)
export class ActionResolver {
  constructor(private readonly actionService: ActionService) {}

  @Query(() => ActionModel, { nullable: true })
  action(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
    return this.actionService.findById(id);
  }

  @Query(() => ActionConnection, { description: 'The actions of a zone, by year then as proposed' })
  actions(@Args() args: ActionsArgs) {
    return this.actionService.list(args);
  }

  @Mutation(() => ActionModel)
  proposeAction(@Args('input') input: ProposeActionInput) {
    return this.actionService.propose(input);
  }

  @Mutation(() => ActionModel, {
    description: 'PROPOSED → PRIORITISED → PLANNED → IN_PROGRESS → DONE, or DROPPED before DONE',
  })
  changeActionStatus(@Args('input') input: ChangeActionStatusInput) {
    return this.actionService.changeStatus(input);
  }

  @Mutation(() => ActionMilestoneModel)
  addMilestone(@Args('input') input: AddMilestoneInput) {
    return this.actionService.addMilestone(input);
  }

  @Mutation(() => ActionMilestoneModel)
  completeMilestone(@Args('input') input: CompleteMilestoneInput) {
    return this.actionService.completeMilestone(input);
  }

  @ResolveField(() => ZoneReference)
  zone(@Parent() action: Action): ZoneReference {
    return { id: action.zoneId };
  }

  @ResolveField(() => OrganizationReference, { nullable: true })
  ownerOrganization(@Parent() action: Action): OrganizationReference | null {
    return action.ownerOrganizationId ? { id: action.ownerOrganizationId } : null;
  }

  @ResolveField(() => [SynergyReference], { description: 'Synergies the action brings to life' })
  synergies(@Parent() action: Action): SynergyReference[] {
    return action.synergyIds.map((id) => ({ id }));
  }

  @ResolveField(() => [ActionMilestoneModel], { description: 'By due date' })
  milestones(@Parent() action: Action, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<string, ActionMilestone[]>('milestonesByAction', async (ids) =>
        groupToKeys(ids, await this.actionService.milestonesOf(ids), (m) => m.actionId),
      )
      .load(action.id);
  }
}

@Resolver(() => ActionMilestoneModel)
export class ActionMilestoneResolver {
  constructor(private readonly actionService: ActionService) {}

  @ResolveField(() => ActionModel, {
    description: 'The action followed, whose `milestones` list holds this one',
  })
  action(@Parent() milestone: ActionMilestone, @Loaders() loaders: RequestLoaders) {
    return actionLoader(loaders, this.actionService).load(milestone.actionId);
  }
}
