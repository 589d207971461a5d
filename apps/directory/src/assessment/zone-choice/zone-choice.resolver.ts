import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders, UuidArgPipe } from '@symbiose/platform';
import { loadZone } from '../../core/zone/zone.loader';
import { ZoneModel } from '../../core/zone/zone.model';
import { ZoneService } from '../../core/zone/zone.service';
import { RecordZoneChoiceArgs } from './dto/record-zone-choice.args';
import { ZoneChoice } from './zone-choice.entity';
import { ZoneChoiceModel } from './zone-choice.model';
import { ZoneChoiceService } from './zone-choice.service';

@Resolver(() => ZoneChoiceModel)
export class ZoneChoiceResolver {
  constructor(
    private readonly choices: ZoneChoiceService,
    private readonly zones: ZoneService,
  ) {}

  @Mutation(() => ZoneChoiceModel, {
    description: "Records the steering committee's choice of zone",
  })
  recordZoneChoice(@Args() args: RecordZoneChoiceArgs) {
    return this.choices.record(args);
  }

  @Query(() => [ZoneChoiceModel], { description: "A territory's choices, the latest first" })
  zoneChoices(@Args('territoryId', { type: () => ID }, UuidArgPipe) territoryId: string) {
    return this.choices.listByTerritory(territoryId);
  }

  @ResolveField(() => ZoneModel)
  zone(@Parent() choice: ZoneChoice, @Loaders() loaders: RequestLoaders) {
    return loadZone(loaders, this.zones, choice.zoneId);
  }
}
