import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders, UuidArgPipe } from '@symbiose/platform';
import { ZoneReference } from '../zone/zone.model';
import { OrganizationService } from './organization.service';

@Resolver(() => ZoneReference)
export class ZoneMatchableOrganizationCountResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @Query(() => [ZoneReference], {
    description:
      'Zones of the territory where the matching can place organizations, the most first',
  })
  async matchableZones(
    @Args('territoryId', { type: () => ID }, UuidArgPipe) territoryId: string,
  ): Promise<ZoneReference[]> {
    const zoneIds = await this.organizations.findZonesWithMatchable(territoryId);
    return zoneIds.map((id) => ({ id }));
  }

  @ResolveField(() => Int, {
    description: 'Active organizations of the zone with coordinates: those the matching can place',
  })
  matchableOrganizationCount(
    @Parent() zone: ZoneReference,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number> {
    return loaders
      .get<string, number>('matchableOrganizationCountByZone', async (zoneIds) => {
        const counts = await this.organizations.countMatchableByZone(zoneIds);
        return zoneIds.map((id) => counts.get(id) ?? 0);
      })
      .load(zone.id);
  }
}
