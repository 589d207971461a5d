import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsId, PageArgs, Trim } from '@symbiose/platform';

import { OrganizationKind, OrganizationStatus } from '../organization-enums';

@InputType()
export class OrganizationFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  territoryId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  zoneId?: string;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => OrganizationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationStatus)
  status?: OrganizationStatus;

  @Field({ nullable: true, description: 'Start of a NAF code: "49", "49.4", "49.41A"' })
  @IsOptional()
  @Matches(/^\d{2}(\.\d{0,2}[A-Z]?)?$/, {
    message: 'must be the start of a NAF code, e.g. 49 or 49.41',
  })
  nafPrefix?: string;

  @Field({ nullable: true, description: 'Words of the name, or the start of the SIRET' })
  @IsOptional()
  @Trim()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationFilter)
  filter?: OrganizationFilter;
}
