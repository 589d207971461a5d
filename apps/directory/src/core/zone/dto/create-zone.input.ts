import { IsId, PerimeterScalar, Trim } from '@symbiose/platform';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import {
  IsEnum,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsOptional,
  MaxLength,
} from 'class-validator';
import { Perimeter } from '../perimeter';
import { ZoneKind } from '../zone-enums';
import { IsPerimeter } from './is-perimeter';

@InputType()
export class CreateZoneInput {
  @Field(() => ID)
  @IsId()
  territoryId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @Field(() => ZoneKind)
  @IsEnum(ZoneKind)
  kind: ZoneKind;

  @Field(() => Float)
  @IsLatitude({ message: 'must be a latitude between -90 and 90' })
  latitude: number;

  @Field(() => Float)
  @IsLongitude({ message: 'must be a longitude between -180 and 180' })
  longitude: number;

  @Field(() => PerimeterScalar, {
    nullable: true,
    description:
      'A GeoJSON Polygon or MultiPolygon of [longitude, latitude] positions, at most 2,000, ' +
      'that must not cross itself and must enclose some area; its rings are stored wound as ' +
      'RFC 7946 asks (outer rings counterclockwise, holes clockwise), whichever way they came',
  })
  @IsOptional()
  @IsPerimeter()
  perimeter?: Perimeter | null;
}
