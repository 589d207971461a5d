import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@symbiose/platform';
import { ActionService } from '../action/action.service';
import { WorkshopService } from '../workshop/workshop.service';
import { ZoneIndicatorsService } from './zone-indicators.service';
import { ZoneReference } from '@symbiose/directory-replica';

type CountsByZone = (zoneIds: readonly string[]) => Promise<Map<string, number>>;

/** The programme's indicators, as fields of Zone: each one query per request, whatever the zones. */
@Resolver(() => ZoneReference)
export class ZoneIndicatorsResolver {
  constructor(
    private readonly workshops: WorkshopService,
    private readonly actions: ActionService,
    private readonly indicators: ZoneIndicatorsService,
  ) {}

  @ResolveField(() => Int, {
    description: 'Workshops of the zone, held or planned (not cancelled)',
  })
  workshopCount(@Parent() zone: ZoneReference, @Loaders() loaders: RequestLoaders) {
    return this.count(loaders, 'workshopCountByZone', zone, (ids) =>
      this.workshops.countNotCancelledByZone(ids),
    );
  }

  @ResolveField(() => Int, {
    description: 'Attendances of the zone’s held workshops (a person at two counts twice)',
  })
  workshopAttendeeCount(@Parent() zone: ZoneReference, @Loaders() loaders: RequestLoaders) {
    return this.count(loaders, 'attendeeCountByZone', zone, (ids) =>
      this.indicators.attendeeCountByZone(ids),
    );
  }

  @ResolveField(() => Int, {
    description:
      'The programme’s held events in the zone (AWARENESS_EVENT and NETWORKING), as a programme reports them apart from its working meetings',
  })
  programmeEventCount(@Parent() zone: ZoneReference, @Loaders() loaders: RequestLoaders) {
    return this.count(loaders, 'programmeEventCountByZone', zone, (ids) =>
      this.indicators.programmeEventCountByZone(ids),
    );
  }

  @ResolveField(() => Int, {
    description:
      'Attendances of the programme’s held events in the zone (a person at two counts twice)',
  })
  programmeEventAttendeeCount(@Parent() zone: ZoneReference, @Loaders() loaders: RequestLoaders) {
    return this.count(loaders, 'programmeEventAttendeeCountByZone', zone, (ids) =>
      this.indicators.programmeEventAttendeeCountByZone(ids),
    );
  }

  @ResolveField(() => Int, { description: 'Actions studied in the zone, dropped ones included' })
  actionCount(@Parent() zone: ZoneReference, @Loaders() loaders: RequestLoaders) {
    return this.count(loaders, 'actionCountByZone', zone, (ids) => this.actions.countByZone(ids));
  }

  @ResolveField(() => Int, {
    description:
      'Distinct organizations interviewed in the zone, at one of its held workshops, or voting in one of its prioritisations',
  })
  contributingOrganizationCount(@Parent() zone: ZoneReference, @Loaders() loaders: RequestLoaders) {
    return this.count(loaders, 'contributingOrganizationCountByZone', zone, (ids) =>
      this.indicators.contributingOrganizationCountByZone(ids),
    );
  }

  private count(
    loaders: RequestLoaders,
    name: string,
    zone: ZoneReference,
    countsByZone: CountsByZone,
  ): Promise<number> {
    return loaders
      .get<string, number>(name, async (zoneIds) => {
        const counts = await countsByZone(zoneIds);
        return zoneIds.map((id) => counts.get(id) ?? 0);
      })
      .load(zone.id);
  }
}
