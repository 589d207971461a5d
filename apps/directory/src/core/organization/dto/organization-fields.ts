import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsNafCode } from './organization-validators';
import { OrganizationKind } from '../organization-enums';
import { AddressInput } from './address.input';
import { IsId } from '@symbiose/platform';

/** More than any establishment holds: a bound on the input, not a rule of the trade. */
const MAX_AUTHORISATIONS = 50;

/** The fields an organization can be registered with and updated with; all optional here. */
@InputType({ isAbstract: true })
export class OrganizationFields {
  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'NAF rev. 2 sub-class, e.g. 49.41A' })
  @IsOptional()
  @IsNafCode()
  nafCode?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must be zero or more' })
  @Max(1_000_000)
  headcount?: number | null;

  @Field(() => AddressInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressInput)
  address?: AddressInput | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude({ message: 'must be a latitude between -90 and 90' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude({ message: 'must be a longitude between -180 and 180' })
  longitude?: number | null;

  @Field(() => ID, { nullable: true, description: 'The business zone the organization is in' })
  @IsOptional()
  @IsId()
  zoneId?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  businessAssociationMember?: boolean;

  @Field(() => [String], {
    nullable: true,
    description:
      'ICPE rubrics (2910-A, 2771…) and named authorisations (HAZARDOUS_WASTE_RECEPTION…); ' +
      'on an update they replace the ones stored, and null clears them',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_AUTHORISATIONS, { message: `must hold at most ${MAX_AUTHORISATIONS} codes` })
  authorisations?: string[] | null;
}
