import { IsId, Trim } from '@symbiose/platform';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import type { Geometry } from 'geojson';
import {
  IsEnum,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsOptional,
  MaxLength,
} from 'class-validator';
import { IsPerimeter } from '../../validation/validators';
import { ZoneKind } from '../zone-kind';

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

  @Field(() => GraphQLJSON, { nullable: true })
  @IsOptional()
  @IsPerimeter()
  perimeter?: Geometry | null;
}
