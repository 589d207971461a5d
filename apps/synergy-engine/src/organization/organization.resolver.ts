import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLRequestContext, NoArgs } from '@symbiose/platform';
import { OrganizationService } from './organization.service';
import { ZoneReference } from '@symbiose/directory-replica';

@Resolver(() => ZoneReference)
export class ZoneMatchableOrganizationCountResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @ResolveField(() => Int, {
    description: 'Active organizations of the zone with coordinates: those the matching can place',
  })
  matchableOrganizationCount(
    zone: ZoneReference,
    _args: NoArgs,
    { loaders }: GraphQLRequestContext,
  ): Promise<number> {
    return loaders
      .get<string, number>('matchableOrganizationCountByZone', async (zoneIds) => {
        const counts = await this.organizations.countMatchableByZone(zoneIds);
        return zoneIds.map((id) => counts.get(id) ?? 0);
      })
      .load(zone.id);
  }
}
