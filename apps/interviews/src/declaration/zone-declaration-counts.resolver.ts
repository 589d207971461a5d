import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@symbiose/platform';
import { DeclarationCounts } from './declaration-counts.service';
import { KindCounts } from './needs-summary';
import { ZoneReference } from '@symbiose/directory-replica';

const NO_DECLARATIONS: KindCounts = { needCount: 0, resourceCount: 0 };

/** Needs and resources of a zone, as fields of Zone: one query for every zone of the request. */
@Resolver(() => ZoneReference)
export class ZoneDeclarationCountsResolver {
  constructor(private readonly counts: DeclarationCounts) {}

  @ResolveField(() => Int, {
    description: 'Active needs of the active organizations now in the zone',
  })
  async needCount(@Parent() zone: ZoneReference, @Loaders() loaders: RequestLoaders) {
    return (await this.countsOf(zone, loaders)).needCount;
  }

  @ResolveField(() => Int, {
    description: 'Active resources of the active organizations now in the zone',
  })
  async resourceCount(@Parent() zone: ZoneReference, @Loaders() loaders: RequestLoaders) {
    return (await this.countsOf(zone, loaders)).resourceCount;
  }

  private countsOf(zone: ZoneReference, loaders: RequestLoaders): Promise<KindCounts> {
    return loaders
      .get<string, KindCounts>('declarationCountsByZone', async (zoneIds) => {
        const counts = await this.counts.countByZone(zoneIds);
        return zoneIds.map((id) => counts.get(id) ?? NO_DECLARATIONS);
      })
      .load(zone.id);
  }
}
