import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { IsId, PageArgs } from '@symbiose/platform';
import { DeclarationKind, DeclarationStatus, Theme } from '../declaration-enums';
import { IsCategoryCode } from './declaration-validators';

/** What Organization.declarations can be narrowed by. */
@InputType()
export class OrganizationDeclarationFilter {
  @Field(() => DeclarationKind, { nullable: true })
  @IsOptional()
  @IsEnum(DeclarationKind)
  kind?: DeclarationKind;

  @Field(() => Theme, { nullable: true })
  @IsOptional()
  @IsEnum(Theme)
  theme?: Theme;

  @Field(() => DeclarationStatus, { nullable: true, description: 'Both statuses when not given' })
  @IsOptional()
  @IsEnum(DeclarationStatus)
  status?: DeclarationStatus;
}

@InputType()
export class DeclarationFilter extends OrganizationDeclarationFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'The zone the organizations are in now, not when they declared',
  })
  @IsOptional()
  @IsId()
  zoneId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  organizationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCategoryCode()
  categoryCode?: string;

  @Field({ nullable: true, description: 'The start of a waste code: 15, 1501 or 150101' })
  @IsOptional()
  @Matches(/^\d{2,6}$/, { message: 'must be 2 to 6 digits of a waste code, e.g. 1501' })
  wasteCodePrefix?: string;
}

@ArgsType()
export class DeclarationsArgs extends PageArgs {
  @Field(() => DeclarationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeclarationFilter)
  filter?: DeclarationFilter;
}

@ArgsType()
export class OrganizationDeclarationsArgs extends PageArgs {
  @Field(() => OrganizationDeclarationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationDeclarationFilter)
  filter?: OrganizationDeclarationFilter;
}
