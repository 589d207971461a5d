import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import {
  Connection,
  FieldArgs,
  GraphQLRequestContext,
  NoArgs,
  RequestLoaders,
  validatedArgs,
} from '@symbiose/platform';
import { SynergyListArgs } from './dto/synergies.args';
import { SynergyListing, SynergyParent, SynergyTally } from './synergy-listing.service';
import { SYNERGY_STATUSES } from '@symbiose/contracts';
import type { SynergyStatus } from './synergy-lifecycle';
import { SynergyConnection, SynergyStatusCountModel } from './synergy.model';
import { Synergy } from './synergy.entity';
import { OrganizationReference, ZoneReference } from '@symbiose/directory-replica';
import { asksOnly } from './selected-fields';

/** A parent's synergies as a field asks them: a whole page, or only how many there are. */
type ParentSynergies = Connection<Synergy> | Pick<Connection<Synergy>, 'totalCount'>;

/**
 * A parent's synergies, batched with those of every parent the request resolves with the same
 * arguments (the gateway asks the same of each). Only counted when nothing but `totalCount` is
 * asked: a page of 50 organizations with their number of synergies builds no page of synergies.
 * Its fields take GraphQL's own arguments, checked as `@Args()` would be, and no parameter
 * decorator of Nest's: Nest would give each of the 50 a pipe, execution context and promises.
 */
async function synergiesOfParent(
  listing: SynergyListing,
  parent: SynergyParent,
  parentId: string,
  rawArgs: Record<string, unknown>,
  { loaders }: GraphQLRequestContext,
  info: GraphQLResolveInfo,
): Promise<ParentSynergies> {
  const { filter, orderBy, ...page } = await validatedArgs(loaders, SynergyListArgs, rawArgs);
  if (asksOnly(info, ['totalCount'])) {
    const totalCount = await loaders
      .get<string, number>(`synergyCountsBy:${parent}:${JSON.stringify({ filter })}`, (ids) =>
        listing.countsOf(parent, ids, filter),
      )
      .load(parentId);
    return { totalCount };
  }
  const batch = JSON.stringify({ filter, orderBy, first: page.first, after: page.after });
  return loaders
    .get<string, Connection<Synergy>>(`synergiesBy:${parent}:${batch}`, (ids) =>
      listing.pagesOf(parent, ids, filter, orderBy, page),
    )
    .load(parentId);
}

/** The synergies of a zone and how many there are, as fields of Zone. */
@Resolver(() => ZoneReference)
export class ZoneSynergiesResolver {
  constructor(private readonly listing: SynergyListing) {}

  @ResolveField(() => SynergyConnection, {
    description: 'Synergies with a participant in the zone; obsolete ones only when asked',
  })
  synergies(
    zone: ZoneReference,
    @FieldArgs(() => SynergyListArgs) args: Record<string, unknown>,
    context: GraphQLRequestContext,
    info: GraphQLResolveInfo,
  ): Promise<ParentSynergies> {
    return synergiesOfParent(this.listing, 'zone', zone.id, args, context, info);
  }

  @ResolveField(() => Int, { description: 'COLLECTIVE synergies neither obsolete nor dismissed' })
  async collectiveSynergyCount(
    zone: ZoneReference,
    _args: NoArgs,
    { loaders }: GraphQLRequestContext,
  ): Promise<number> {
    return liveCount(await this.tally(loaders, zone.id), 'COLLECTIVE');
  }

  @ResolveField(() => Int, { description: 'B2B synergies neither obsolete nor dismissed' })
  async b2bSynergyCount(
    zone: ZoneReference,
    _args: NoArgs,
    { loaders }: GraphQLRequestContext,
  ): Promise<number> {
    return liveCount(await this.tally(loaders, zone.id), 'B2B');
  }

  @ResolveField(() => [SynergyStatusCountModel], {
    description: 'Synergies that are not obsolete, by status (statuses without any left out)',
  })
  async synergyCountsByStatus(
    zone: ZoneReference,
    _args: NoArgs,
    { loaders }: GraphQLRequestContext,
  ): Promise<SynergyStatusCountModel[]> {
    const byStatus = new Map<SynergyStatus, number>();
    for (const { status, count } of await this.tally(loaders, zone.id)) {
      byStatus.set(status, (byStatus.get(status) ?? 0) + count);
    }
    return SYNERGY_STATUSES.filter((status) => byStatus.has(status)).map((status) => ({
      status,
      count: byStatus.get(status) ?? 0,
    }));
  }

  private tally(loaders: RequestLoaders, zoneId: string): Promise<SynergyTally[]> {
    return loaders
      .get<string, SynergyTally[]>('synergyTallyByZone', async (ids) => {
        const byZone = await this.listing.tallyByZone(ids);
        return ids.map((id) => byZone.get(id) ?? []);
      })
      .load(zoneId);
  }
}

/** The synergies of a kind people still work on: neither obsolete (tallies never are) nor dismissed. */
function liveCount(tally: SynergyTally[], kind: Synergy['kind']): number {
  return tally
    .filter((entry) => entry.kind === kind && entry.status !== 'DISMISSED')
    .reduce((sum, entry) => sum + entry.count, 0);
}

/** The synergies an organization takes part in, as a field of Organization. */
@Resolver(() => OrganizationReference)
export class OrganizationSynergiesResolver {
  constructor(private readonly listing: SynergyListing) {}

  @ResolveField(() => SynergyConnection, {
    description: 'Synergies the organization takes part in; obsolete ones only when asked',
  })
  synergies(
    organization: OrganizationReference,
    @FieldArgs(() => SynergyListArgs) args: Record<string, unknown>,
    context: GraphQLRequestContext,
    info: GraphQLResolveInfo,
  ): Promise<ParentSynergies> {
    return synergiesOfParent(this.listing, 'organization', organization.id, args, context, info);
  }
}
