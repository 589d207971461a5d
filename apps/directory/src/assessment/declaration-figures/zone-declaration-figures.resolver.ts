import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@symbiose/platform';
import { Zone } from '../../core/zone/zone.entity';
import { ZoneModel } from '../../core/zone/zone.model';
import { DeclarationFiguresModel } from './declaration-figures.model';
import { DeclarationFiguresService, ZoneDeclarationFigures } from './declaration-figures.service';

/** The declared figures of a zone, as a field of Zone. */
@Resolver(() => ZoneModel)
export class ZoneDeclarationFiguresResolver {
  constructor(private readonly figures: DeclarationFiguresService) {}

  @ResolveField(() => DeclarationFiguresModel)
  declarationFigures(@Parent() zone: Zone, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<string, ZoneDeclarationFigures>('declarationFiguresByZone', (zoneIds) =>
        this.figures.ofZones(zoneIds),
      )
      .load(zone.id);
  }
}
