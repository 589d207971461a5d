import { Directive, Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType, PerimeterScalar } from '@symbiose/platform';
import { ZoneKind } from './zone-enums';

@ObjectType('Zone', { description: 'A business zone (ZAE) of a territory' })
@Directive('@key(fields: "id")')
export class ZoneModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  territoryId: string;

  @Field()
  name: string;

  @Field(() => ZoneKind)
  kind: ZoneKind;

  @Field(() => Float, { description: 'Latitude of the centroid (WGS 84)' })
  latitude: number;

  @Field(() => Float, { description: 'Longitude of the centroid (WGS 84)' })
  longitude: number;

  @Field(() => PerimeterScalar, {
    nullable: true,
    description: 'Boundary as a GeoJSON Polygon or MultiPolygon',
  })
  perimeter: object | null;

  @Field(() => Float, { nullable: true, description: 'Area inside the perimeter, in km²' })
  areaKm2: number | null;
}

@ObjectType('ZoneConnection')
export class ZoneConnection extends ConnectionType(ZoneModel, 'Zone') {}
