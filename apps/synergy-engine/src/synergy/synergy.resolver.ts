import {
  Args,
  Float,
  ID,
  Mutation,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-type-json';
import {
  CurrentPrincipal,
  GraphQLRequestContext,
  Loaders,
  NoArgs,
  RequestLoaders,
  UuidArgPipe,
} from '@symbiose/platform';
import { Principal } from '@symbiose/tokens';
import { ChangeSynergyStatusInput } from './dto/change-synergy-status.input';
import { SynergiesArgs } from './dto/synergies.args';
import { SynergyLifecycleService } from './synergy-lifecycle.service';
import { SynergyListing } from './synergy-listing.service';
import {
  presentedAllocatedQuantity,
  presentedCollectiveNeed,
  presentedEuros,
  presentedImpact,
  presentedRationale,
  presentedSupply,
  withReferences,
  type PresentedEuros,
} from './synergy-presentation';
import {
  CollectiveNeedModel,
  DismissalReasonCountModel,
  SynergyConnection,
  SynergyImpactModel,
  SynergyModel,
  SynergyStatusChangeModel,
} from './synergy.model';
import { Synergy } from './synergy.entity';
import { SynergySupply } from './synergy-enums';
import { CounterpartPrivacy } from '../introduction/counterpart-privacy';
import { CollectiveSynergyImpactModel } from './collective-impact.model';
import { collectiveImpactOfRow, pooledWasteOfRow } from './stored-collective-pool';
import { PromisedTonnes } from './promised-tonnes';
import type { CollectiveImpactEstimate } from '../matching';

/** A collective synergy's impact as its caller may read it: a company member reads no euros. */
type CollectiveImpactOfCaller = Omit<CollectiveImpactEstimate, 'euros'> & {
  euros: CollectiveImpactEstimate['euros'] | null;
};
import { SynergyEurosModel } from './synergy-euros.model';
import { explanationOf } from './synergy-explanation';
import { SynergyExplanationModel } from './synergy-explanation.model';

function loadSynergy(loaders: RequestLoaders, listing: SynergyListing, id: string) {
  return loaders.byId('synergyById', (ids) => listing.byIdsInOrder(ids)).load(id);
}

/**
 * Synergies and their fields. The fields take GraphQL's own arguments (NoArgs): a page of 50
 * synergies resolves them 50 times each.
 */
@Resolver(() => SynergyModel)
export class SynergyResolver {
  constructor(
    private readonly listing: SynergyListing,
    private readonly lifecycle: SynergyLifecycleService,
    private readonly privacy: CounterpartPrivacy,
    private readonly promisedTonnes: PromisedTonnes,
  ) {}

  @Query(() => SynergyConnection, { description: 'Obsolete synergies only when the filter asks' })
  synergies(@Args() { filter, orderBy, ...page }: SynergiesArgs) {
    return this.listing.list(filter, orderBy, page);
  }

  @Query(() => SynergyModel, { nullable: true })
  synergy(
    @Args('id', { type: () => ID }, UuidArgPipe) id: string,
    @Loaders() loaders: RequestLoaders,
  ) {
    return loadSynergy(loaders, this.listing, id);
  }

  @Query(() => [DismissalReasonCountModel], {
    description:
      'The territory’s synergies now dismissed, counted by the reason of their last dismissal: every reason, zeros included',
  })
  dismissalReasonCounts(
    @Args('territoryId', { type: () => ID }, UuidArgPipe) territoryId: string,
  ): Promise<DismissalReasonCountModel[]> {
    return this.listing.dismissalReasonCounts(territoryId);
  }

  @Mutation(() => SynergyModel, {
    description: 'Moves a synergy along its lifecycle; a transition not allowed is refused',
  })
  changeSynergyStatus(
    @Args('input') { id, to, note, reasonCode, changedBy }: ChangeSynergyStatusInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.lifecycle.changeStatus(id, {
      to,
      note: note ?? null,
      reasonCode: reasonCode ?? null,
      changedBy: changedBy ?? principal.subject,
      subject: principal.subject,
    });
  }

  @ResolveField(() => GraphQLJSONObject, {
    description:
      'Each term of the score with its value and weight, and a summary in French and English',
    deprecationReason:
      'Its shape depends on the kind: read `explanation`, the same terms, rules, facts and words typed',
  })
  rationale(
    synergy: Synergy,
    _args: NoArgs,
    { principal, loaders }: GraphQLRequestContext,
  ): Record<string, unknown> | Promise<Record<string, unknown>> {
    return this.privacy.readAsSeenBy(synergy, principal, loaders, presentedRationale);
  }

  @ResolveField(() => SynergyExplanationModel, {
    description:
      'Why the engine proposes it: each term of the score, the rules and facts it rests on, the steps it needs, in French and English',
  })
  explanation(
    synergy: Synergy,
    _args: NoArgs,
    { principal, loaders }: GraphQLRequestContext,
  ): SynergyExplanationModel | Promise<SynergyExplanationModel> {
    return this.privacy.readAsSeenBy(synergy, principal, loaders, (seen) =>
      explanationOf(presentedRationale(seen)),
    );
  }

  @ResolveField(() => Float, {
    nullable: true,
    description:
      'B2B: great-circle km between the sides; in whole km for a company member until both ' +
      'sides are introduced',
  })
  distanceKm(
    synergy: Synergy,
    _args: NoArgs,
    { principal, loaders }: GraphQLRequestContext,
  ): number | null | Promise<number | null> {
    return this.privacy.readAsSeenBy(synergy, principal, loaders, (seen) => seen.distanceKm);
  }

  @ResolveField(() => Float, {
    description:
      '0 to 1; how each term weighs is in the rationale. Two decimals for a company member ' +
      'until both sides of a B2B synergy are introduced',
  })
  score(
    synergy: Synergy,
    _args: NoArgs,
    { principal, loaders }: GraphQLRequestContext,
  ): number | Promise<number> {
    return this.privacy.readAsSeenBy(synergy, principal, loaders, (seen) => seen.score);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description:
      'B2B only: what the resource promises this need a year, in the canonical unit of its ' +
      'category, once the resource is shared out among its candidate needs (never more than ' +
      'the resource in all); null when the quantities are not both known',
  })
  allocatedQuantity(synergy: Synergy): number | null {
    return presentedAllocatedQuantity(synergy);
  }

  @ResolveField(() => CollectiveNeedModel, {
    nullable: true,
    description:
      'COLLECTIVE only: the programme’s collective need the members share, when their need is ' +
      'one of them (its synergy gathers every category of the need)',
  })
  collectiveNeed(synergy: Synergy): CollectiveNeedModel | null {
    const need = presentedCollectiveNeed(synergy);
    return need && { ...need, categoryCodes: [...need.categoryCodes] };
  }

  @ResolveField(() => SynergySupply, {
    nullable: true,
    description:
      'B2B only: whether the supplier declared the resource or supplies the need by its trade ' +
      '(then its participant has no declarationIds, and its score is the distance term alone, ' +
      'halved)',
  })
  supply(synergy: Synergy): keyof typeof SynergySupply | null {
    return presentedSupply(synergy);
  }

  @ResolveField(() => SynergyImpactModel, {
    nullable: true,
    description: 'B2B exchanges of a weighed flow only',
  })
  impact(
    synergy: Synergy,
    _args: NoArgs,
    { principal, loaders }: GraphQLRequestContext,
  ): SynergyImpactModel | null | Promise<SynergyImpactModel | null> {
    return this.privacy.readAsSeenBy(synergy, principal, loaders, presentedImpact);
  }

  @ResolveField(() => SynergyEurosModel, {
    nullable: true,
    description:
      'B2B synergies of a declared resource only; for a company member, once both sides are introduced (the figures are the other firm’s prices)',
  })
  async euros(
    synergy: Synergy,
    _args: NoArgs,
    { principal, loaders }: GraphQLRequestContext,
  ): Promise<PresentedEuros | null> {
    if (await this.privacy.hidesCounterpart(synergy, principal, loaders)) return null;
    const euros = presentedEuros(synergy);
    return euros && withReferences(euros);
  }

  @ResolveField(() => CollectiveSynergyImpactModel, {
    nullable: true,
    description:
      'COLLECTIVE only: what pooling would change in a year, and what is not estimated; null for a B2B synergy',
  })
  async collectiveImpact(
    synergy: Synergy,
    _args: NoArgs,
    { principal, loaders }: GraphQLRequestContext,
  ): Promise<CollectiveImpactOfCaller | null> {
    const seen = await this.privacy.asSeenBy(synergy, principal, loaders);
    const wasteIds = pooledWasteOfRow(seen).map((waste) => waste.declarationId);
    const loader = loaders.get('promisedTonnes', async (ids: readonly string[]) => {
      const byResource = await this.promisedTonnes.ofResources(ids);
      return ids.map((id) => byResource.get(id) ?? 0);
    });
    const promised = await Promise.all(wasteIds.map((id) => loader.load(id)));
    const impact = collectiveImpactOfRow(seen, new Map(wasteIds.map((id, i) => [id, promised[i]])));
    // The spend adds up the other members' own costs: the programme's, not a member's, to read.
    const programme = principal.roles.some((role) => role === 'ADMIN' || role === 'FACILITATOR');
    return impact && (programme ? impact : { ...impact, euros: null });
  }

  @ResolveField(() => [SynergyStatusChangeModel], { description: 'Oldest first' })
  async history(
    synergy: Synergy,
    _args: NoArgs,
    { loaders }: GraphQLRequestContext,
  ): Promise<SynergyStatusChangeModel[]> {
    const changes = await loaders
      .get('synergyHistory', (ids: readonly string[]) => this.listing.historiesOf(ids))
      .load(synergy.id);
    return changes.map((change) => ({
      from: change.fromStatus,
      to: change.toStatus,
      changedBy: change.changedBy,
      changedBySubject: change.changedBySubject,
      note: change.note,
      reasonCode: change.reasonCode,
      changedAt: change.changedAt,
    }));
  }

  @ResolveReference()
  resolveReference(reference: { id: string }, context: GraphQLRequestContext) {
    return loadSynergy(context.loaders, this.listing, reference.id);
  }
}
