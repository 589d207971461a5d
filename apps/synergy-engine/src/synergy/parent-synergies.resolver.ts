import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, Loaders, RequestLoaders } from '@symbiose/platform';
import { SynergyListArgs } from './dto/synergies.args';
import { SynergyListing, SynergyParent, SynergyTally } from './synergy-listing.service';
import { SYNERGY_STATUSES } from '@symbiose/contracts';
import type { SynergyStatus } from './synergy-lifecycle';
import { SynergyConnection, SynergyStatusCountModel } from './synergy.model';
import { Synergy } from './synergy.entity';
import { OrganizationReference, ZoneReference } from '@symbiose/directory-replica';

function pageOfParent(
  loaders: RequestLoaders,
  listing: SynergyListing,
  parent: SynergyParent,
  parentId: string,
  { filter, orderBy, ...page }: SynergyListArgs,
): Promise<Connection<Synergy>> {
  // One batch per set of arguments: the gateway asks the same of every parent it resolves.
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
    @Parent() zone: ZoneReference,
    @Args() args: SynergyListArgs,
    @Loaders() loaders: RequestLoaders,
  ) {
    return pageOfParent(loaders, this.listing, 'zone', zone.id, args);
  }

  @ResolveField(() => Int, { description: 'COLLECTIVE synergies neither obsolete nor dismissed' })
  async collectiveSynergyCount(@Parent() zone: ZoneReference, @Loaders() loaders: RequestLoaders) {
    return liveCount(await this.tally(loaders, zone.id), 'COLLECTIVE');
  }

  @ResolveField(() => Int, { description: 'B2B synergies neither obsolete nor dismissed' })
  async b2bSynergyCount(@Parent() zone: ZoneReference, @Loaders() loaders: RequestLoaders) {
    return liveCount(await this.tally(loaders, zone.id), 'B2B');
  }

  @ResolveField(() => [SynergyStatusCountModel], {
    description: 'Synergies that are not obsolete, by status (statuses without any left out)',
  })
  async synergyCountsByStatus(
    @Parent() zone: ZoneReference,
    @Loaders() loaders: RequestLoaders,
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
    @Parent() organization: OrganizationReference,
    @Args() args: SynergyListArgs,
    @Loaders() loaders: RequestLoaders,
  ) {
    return pageOfParent(loaders, this.listing, 'organization', organization.id, args);
  }
}
