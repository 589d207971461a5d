import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders, UuidArgPipe } from '@symbiose/platform';
import { actionLoader } from '../action/action.loader';
import { ActionModel } from '../action/action.model';
import { ActionService } from '../action/action.service';
import { workshopLoader } from '../workshop/workshop.loader';
import { WorkshopModel } from '../workshop/workshop.model';
import { WorkshopService } from '../workshop/workshop.service';
import {
  AddCandidateActionsArgs,
  CastPriorityVoteArgs,
  ClosePrioritisationArgs,
} from './dto/prioritisation.args';
import {
  PrioritisationEntryModel,
  PrioritisationModel,
  RANKING_RULE,
} from './prioritisation.model';
import { PrioritisationService } from './prioritisation.service';

@Resolver(() => PrioritisationModel)
export class PrioritisationResolver {
  constructor(
    private readonly prioritisations: PrioritisationService,
    private readonly workshops: WorkshopService,
  ) {}

  @Query(() => PrioritisationModel, {
    description: 'The ranking and every point of a PRIORITISATION workshop’s matrix',
  })
  prioritisation(@Args('workshopId', { type: () => ID }, UuidArgPipe) workshopId: string) {
    return this.prioritisations.matrix(workshopId);
  }

  @Mutation(() => PrioritisationModel, {
    description: 'Puts PROPOSED actions of the zone to the vote of a PRIORITISATION workshop',
  })
  addCandidateActions(@Args() args: AddCandidateActionsArgs) {
    return this.prioritisations.addCandidates(args);
  }

  @Mutation(() => PrioritisationModel, {
    description:
      'An attendee organization scores a candidate action; its new vote replaces the old one. ' +
      'Refused once the prioritisation is closed',
  })
  castPriorityVote(@Args() args: CastPriorityVoteArgs) {
    return this.prioritisations.castVote(args);
  }

  @Mutation(() => PrioritisationModel, {
    description: `Closes the vote and moves the \`select\` best ranked actions to PRIORITISED. ${RANKING_RULE}`,
  })
  closePrioritisation(@Args() args: ClosePrioritisationArgs) {
    return this.prioritisations.close(args);
  }

  @ResolveField(() => ID, {
    description: 'The workshop’s id: a workshop has one prioritisation, which each vote updates',
  })
  id(@Parent() prioritisation: PrioritisationModel): string {
    return prioritisation.workshopId;
  }

  @ResolveField(() => WorkshopModel)
  workshop(@Parent() prioritisation: PrioritisationModel, @Loaders() loaders: RequestLoaders) {
    return workshopLoader(loaders, this.workshops).load(prioritisation.workshopId);
  }
}

@Resolver(() => PrioritisationEntryModel)
export class PrioritisationEntryResolver {
  constructor(private readonly actions: ActionService) {}

  @ResolveField(() => ActionModel)
  action(@Parent() entry: PrioritisationEntryModel, @Loaders() loaders: RequestLoaders) {
    return actionLoader(loaders, this.actions).load(entry.actionId);
  }
}
