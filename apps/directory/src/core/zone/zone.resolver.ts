import {
  Args,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import {
  GraphQLRequestContext,
  Loaders,
  PageArgs,
  RequestLoaders,
  UuidArgPipe,
} from '@symbiose/platform';
import { Territory } from '../territory/territory.entity';
import { loadTerritory } from '../territory/territory.loader';
import { TerritoryModel } from '../territory/territory.model';
import { TerritoryService } from '../territory/territory.service';
import { CreateZoneInput } from './dto/create-zone.input';
import { UpdateZoneInput } from './dto/update-zone.input';
import { Zone } from './zone.entity';
import { loadZone } from './zone.loader';
import { ZoneConnection, ZoneModel } from './zone.model';
import { ZoneService } from './zone.service';

@Resolver(() => ZoneModel)
export class ZoneResolver {
  constructor(
    private readonly zoneService: ZoneService,
    private readonly territories: TerritoryService,
  ) {}

  @Query(() => ZoneConnection)
  zones(
    @Args('territoryId', { type: () => ID }, UuidArgPipe) territoryId: string,
    @Args() page: PageArgs,
  ) {
    return this.zoneService.listByTerritory(territoryId, page);
  }

  @Query(() => ZoneModel, { nullable: true })
  zone(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
    return this.zoneService.findById(id);
  }

  @Mutation(() => ZoneModel)
  createZone(@Args('input') input: CreateZoneInput) {
    return this.zoneService.create(input);
  }

  @Mutation(() => ZoneModel)
  updateZone(@Args('input') input: UpdateZoneInput) {
    return this.zoneService.update(input);
  }

  @ResolveField(() => TerritoryModel)
  territory(@Parent() zone: Zone, @Loaders() loaders: RequestLoaders) {
    return loadTerritory(loaders, this.territories, zone.territoryId);
  }

  /** Apollo calls reference resolvers as (reference, context): no parameter decorators here. */
  @ResolveReference()
  resolveReference(reference: { id: string }, context: GraphQLRequestContext) {
    return loadZone(context.loaders, this.zoneService, reference.id);
  }
}

/** The zones of a territory, as a field of Territory. */
@Resolver(() => TerritoryModel)
export class TerritoryZonesResolver {
  constructor(private readonly zoneService: ZoneService) {}

  @ResolveField(() => [ZoneModel], { description: 'The zones of the territory, by name' })
  zones(@Parent() territory: Territory, @Loaders() loaders: RequestLoaders): Promise<Zone[]> {
    return loaders
      .get<string, Zone[]>('zonesByTerritory', async (territoryIds) => {
        const zones = await this.zoneService.findByTerritoryIds(territoryIds);
        return territoryIds.map((id) => zones.filter((zone) => zone.territoryId === id));
      })
      .load(territory.id);
  }
}
