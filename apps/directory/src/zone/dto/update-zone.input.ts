import { Trim } from '@symbiose/platform';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import type { Geometry } from 'geojson';
import {
  IsEnum,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsPerimeter } from '../../validation/validators';
import { ZoneKind } from '../zone-kind';

/** Fields left out stay as they are; `perimeter: null` removes the perimeter. */
@InputType()
export class UpdateZoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  name?: string;

  @Field(() => ZoneKind, { nullable: true })
  @IsOptional()
  @IsEnum(ZoneKind)
  kind?: ZoneKind;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude({ message: 'must be a latitude between -90 and 90' })
  latitude?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude({ message: 'must be a longitude between -180 and 180' })
  longitude?: number;

  @Field(() => GraphQLJSON, { nullable: true })
  @IsOptional()
  @IsPerimeter()
  perimeter?: Geometry | null;
}
