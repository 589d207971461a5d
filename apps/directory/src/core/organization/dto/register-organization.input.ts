import { IsId, Trim } from '@symbiose/platform';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { IsSiret } from './organization-validators';
import { OrganizationKind } from '../organization-enums';
import { OrganizationFields } from './organization-fields';

@InputType()
export class RegisterOrganizationInput extends OrganizationFields {
  @Field(() => String, { nullable: true, description: 'Required for a COMPANY' })
  @IsOptional()
  @Trim()
  @IsSiret()
  siret?: string | null;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  name: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  declare kind: OrganizationKind;

  @Field(() => ID, {
    nullable: true,
    description: "The organization's territory; taken from its zone when a zone is given",
  })
  @IsOptional()
  @IsId()
  territoryId?: string | null;
}
