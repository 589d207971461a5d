import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, Loaders, RequestLoaders } from '@symbiose/platform';
import { SynergyListArgs } from './dto/synergies.args';
import { SynergyListing, SynergyParent } from './synergy-listing.service';
import { SynergyConnection } from './synergy.model';
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
  collectiveSynergyCount(@Parent() zone: ZoneReference, @Loaders() loaders: RequestLoaders) {
    return this.count(loaders, zone.id, 'COLLECTIVE');
  }

  @ResolveField(() => Int, { description: 'B2B synergies neither obsolete nor dismissed' })
  b2bSynergyCount(@Parent() zone: ZoneReference, @Loaders() loaders: RequestLoaders) {
    return this.count(loaders, zone.id, 'B2B');
  }

  private async count(loaders: RequestLoaders, zoneId: string, kind: Synergy['kind']) {
    const counts = await loaders
      .get<string, Map<string, number>>('synergyCountsByZone', async (ids) => {
        const byZone = await this.listing.countsByZone(ids);
        return ids.map((id) => byZone.get(id) ?? new Map<string, number>());
      })
      .load(zoneId);
    return counts.get(kind) ?? 0;
  }
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
