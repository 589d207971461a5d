import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, GraphQLRequestContext, NoArgs } from '@symbiose/platform';
import { Principal } from '@symbiose/tokens';
import { SynergyModel } from '../synergy/synergy.model';
import type { Synergy } from '../synergy/synergy.entity';
import { RecordSynergyOutcomeInput } from './dto/record-synergy-outcome.input';
import { SynergyOutcome } from './synergy-outcome.entity';
import { SynergyOutcomeModel } from './synergy-outcome.model';
import { SynergyOutcomeService } from './synergy-outcome.service';

function presented(outcome: SynergyOutcome): SynergyOutcomeModel {
  const { periodFrom, periodTo, ...rest } = outcome;
  return { ...rest, from: periodFrom, to: periodTo };
}

/** Recording an operational synergy's measured outcomes, and reading them as Synergy.outcomes. */
@Resolver(() => SynergyModel)
export class SynergyOutcomeResolver {
  constructor(private readonly recorder: SynergyOutcomeService) {}

  @Mutation(() => SynergyOutcomeModel, {
    description:
      'Records what an OPERATIONAL synergy achieved over a period, in a unit that measures its category; one outcome per period',
  })
  async recordSynergyOutcome(
    @Args('input') input: RecordSynergyOutcomeInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SynergyOutcomeModel> {
    return presented(await this.recorder.record(input, principal.subject));
  }

  @ResolveField(() => [SynergyOutcomeModel], {
    description: 'Measured outcomes, oldest period first',
  })
  async outcomes(
    synergy: Synergy,
    _args: NoArgs,
    { loaders }: GraphQLRequestContext,
  ): Promise<SynergyOutcomeModel[]> {
    const outcomes = await loaders
      .get('synergyOutcomes', (ids: readonly string[]) => this.recorder.outcomesOf(ids))
      .load(synergy.id);
    return outcomes.map(presented);
  }
}
