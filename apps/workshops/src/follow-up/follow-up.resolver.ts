import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { groupToKeys, Loaders, RequestLoaders } from '@symbiose/platform';
import { SynergyReference } from '../synergy/synergy.model';
import { Workshop } from '../workshop/workshop.entity';
import { workshopLoader } from '../workshop/workshop.loader';
import { WorkshopModel } from '../workshop/workshop.model';
import { WorkshopService } from '../workshop/workshop.service';
import { AddScenarioInput, SelectScenarioArgs } from './dto/scenario.inputs';
import { Scenario } from './scenario.entity';
import { ScenarioModel } from './scenario.model';
import { ScenarioService } from './scenario.service';

@Resolver(() => ScenarioModel)
export class ScenarioResolver {
  constructor(
    private readonly scenarios: ScenarioService,
    private readonly workshops: WorkshopService,
  ) {}

  @Mutation(() => ScenarioModel, { description: 'A way of implementing a synergy, to compare' })
  addScenario(@Args('input') input: AddScenarioInput) {
    return this.scenarios.add(input);
  }

  @Mutation(() => ScenarioModel, {
    description:
      'A meeting of the synergy’s follow-up group chooses the scenario; the synergy engine then ' +
      'moves the synergy to SELECTED, as its lifecycle allows. One scenario per synergy',
  })
  selectScenario(@Args() args: SelectScenarioArgs) {
    return this.scenarios.select(args);
  }

  @ResolveField(() => SynergyReference)
  synergy(@Parent() scenario: Scenario): SynergyReference {
    return { id: scenario.synergyId };
  }

  @ResolveField(() => WorkshopModel, { nullable: true, description: 'The meeting that chose it' })
  selectedIn(@Parent() scenario: Scenario, @Loaders() loaders: RequestLoaders) {
    if (!scenario.selectedInWorkshopId) return null;
    return workshopLoader(loaders, this.workshops).load(scenario.selectedInWorkshopId);
  }
}

/** The fields the follow-up of a synergy adds to the engine's Synergy. */
@Resolver(() => SynergyReference)
export class SynergyFollowUpResolver {
  constructor(
    private readonly scenarioService: ScenarioService,
    private readonly workshops: WorkshopService,
  ) {}

  @ResolveField(() => [ScenarioModel], { description: 'The scenarios compared, oldest first' })
  scenarios(@Parent() synergy: SynergyReference, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<string, Scenario[]>('scenariosBySynergy', async (ids) =>
        groupToKeys(ids, await this.scenarioService.ofSynergies(ids), (s) => s.synergyId),
      )
      .load(synergy.id);
  }

  @ResolveField(() => [WorkshopModel], {
    description: 'The meetings of its follow-up group, in the order they start',
  })
  followUpMeetings(@Parent() synergy: SynergyReference, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<string, Workshop[]>('followUpMeetingsBySynergy', async (ids) =>
        groupToKeys(ids, await this.workshops.followUpMeetingsOf(ids), (w) => w.synergyId ?? ''),
      )
      .load(synergy.id);
  }
}
