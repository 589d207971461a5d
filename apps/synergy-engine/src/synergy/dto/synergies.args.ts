import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { IsId, PageArgs, predicateValidator } from '@symbiose/platform';
import { isCategoryCode } from '@symbiose/taxonomy';
import type { SynergyStatus } from '../synergy-lifecycle';
import {
  CollectiveNeedCode,
  SynergyKind,
  SynergyOrder,
  SynergyStatusEnum,
  Theme,
} from '../synergy-enums';

const IsCategoryCode = predicateValidator(
  'isCategoryCode',
  isCategoryCode,
  'is not a category of the taxonomy',
);

/** What a list of a parent's synergies (a zone's, an organization's) can be narrowed by. */
@InputType()
export class SynergyListFilter {
  @Field(() => SynergyKind, { nullable: true })
  @IsOptional()
  @IsEnum(SynergyKind)
  kind?: keyof typeof SynergyKind;

  @Field(() => SynergyStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(SynergyStatusEnum)
  status?: SynergyStatus;

  @Field(() => Theme, { nullable: true })
  @IsOptional()
  @IsEnum(Theme)
  theme?: keyof typeof Theme;

  @Field({ nullable: true, description: 'COLLECTIVE: the shared need’s; B2B: either side’s' })
  @IsOptional()
  @IsCategoryCode()
  categoryCode?: string;

  @Field(() => CollectiveNeedCode, {
    nullable: true,
    description: 'COLLECTIVE synergies of this collective need, whatever categories it gathers',
  })
  @IsOptional()
  @IsEnum(CollectiveNeedCode)
  collectiveNeed?: keyof typeof CollectiveNeedCode;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'must be between 0 and 1' })
  @Max(1, { message: 'must be between 0 and 1' })
  minScore?: number;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Obsolete synergies are left out unless true',
  })
  @IsOptional()
  @IsBoolean()
  includeObsolete?: boolean;
}

@InputType()
export class SynergyFilter extends SynergyListFilter {
  @Field(() => ID, { nullable: true, description: 'Synergies with a participant in this zone' })
  @IsOptional()
  @IsId()
  zoneId?: string;

  @Field(() => ID, { nullable: true, description: 'Synergies this organization takes part in' })
  @IsOptional()
  @IsId()
  organizationId?: string;
}

@ArgsType()
export class SynergyListArgs extends PageArgs {
  @Field(() => SynergyListFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SynergyListFilter)
  filter?: SynergyListFilter;

  @Field(() => SynergyOrder, { defaultValue: 'SCORE' })
  @IsEnum(SynergyOrder)
  orderBy: SynergyOrder = 'SCORE';
}

@ArgsType()
export class SynergiesArgs extends PageArgs {
  @Field(() => SynergyFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SynergyFilter)
  filter?: SynergyFilter;

  @Field(() => SynergyOrder, { defaultValue: 'SCORE' })
  @IsEnum(SynergyOrder)
  orderBy: SynergyOrder = 'SCORE';
}
