import { Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Frequency } from '../declaration-enums';
import { DeclarationEconomicsInput } from '../declaration-economics';
import { DeclarationAttributesInput } from './declaration-attributes.input';
import { Trim, CalendarDayScalar } from '@symbiose/platform';

/**
 * The fields a declaration is recorded with and that an update may change; all optional here.
 * Quantities, units and waste codes are checked against the category by the service, which
 * knows it.
 */
@InputType({ isAbstract: true })
export class DeclarationFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'How much each time (see frequency), in unit; with unit and frequency',
  })
  @IsOptional()
  quantity?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "A unit of the category's dimension: g, kg, t, L, m3, kWh, MWh, GJ, h, day …",
  })
  @IsOptional()
  @IsString()
  unit?: string | null;

  @Field(() => Frequency, { nullable: true })
  @IsOptional()
  @IsEnum(Frequency)
  frequency?: Frequency | null;

  @Field(() => String, {
    nullable: true,
    description: 'A European waste code of the category: 150101, 15 01 01 or 15 01 01*',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  wasteCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only on a NEED of a hazardous waste code: whether the organization may take it',
  })
  @IsOptional()
  @IsBoolean()
  authorisedForHazardous?: boolean | null;

  @Field(() => CalendarDayScalar, { nullable: true })
  @IsOptional()
  availableFrom?: string | null;

  @Field(() => CalendarDayScalar, { nullable: true, description: 'Not before availableFrom' })
  @IsOptional()
  availableUntil?: string | null;

  @Field(() => DeclarationAttributesInput, {
    nullable: true,
    description:
      'Technical facts, checked against the category. On an update they replace the stored ones; left out, those stay; null clears them',
  })
  @IsOptional()
  attributes?: DeclarationAttributesInput | null;

  @Field(() => DeclarationEconomicsInput, {
    nullable: true,
    description:
      'The firm’s own figures, checked against the kind. On an update they replace the stored ones; left out, those stay; null clears them',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeclarationEconomicsInput)
  economics?: DeclarationEconomicsInput | null;
}
