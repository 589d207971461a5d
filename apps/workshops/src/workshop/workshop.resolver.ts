import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@symbiose/platform';
import { ZoneReference } from '../zone/zone.model';
import { WorkshopsArgs } from './dto/workshops.args';
import { Workshop } from './workshop.entity';
import { WorkshopConnection, WorkshopModel } from './workshop.model';
import { WorkshopService } from './workshop.service';

@Resolver(() => WorkshopModel)
export class WorkshopResolver {
  constructor(private readonly workshopService: WorkshopService) {}

  @Query(() => WorkshopConnection)
  workshops(@Args() args: WorkshopsArgs) {
    return this.workshopService.listByZone(args);
  }

  /** A reference the gateway completes from directory. */
  @ResolveField(() => ZoneReference)
  zone(@Parent() workshop: Workshop): ZoneReference {
    return { id: workshop.zoneId };
  }
}

/** The number of workshops of a zone, as a field of Zone. */
@Resolver(() => ZoneReference)
export class ZoneWorkshopCountResolver {
  constructor(private readonly workshops: WorkshopService) {}

  @ResolveField(() => Int, {
    description: 'Workshops of the zone, held or planned (not cancelled)',
  })
  workshopCount(
    @Parent() zone: ZoneReference,
    @Loaders() loaders: RequestLoaders,
  ): Promise<number> {
    return loaders
      .get<string, number>('workshopCountByZone', async (zoneIds) => {
        const counts = await this.workshops.countNotCancelledByZone(zoneIds);
        return zoneIds.map((id) => counts.get(id) ?? 0);
      })
      .load(zone.id);
  }
}
