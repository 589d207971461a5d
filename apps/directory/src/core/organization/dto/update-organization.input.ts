import { IsId, Trim } from '@symbiose/platform';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, MaxLength } from 'class-validator';

import { OrganizationFields } from './organization-fields';

/** Fields left out stay as they are; a nullable field set to null is cleared. The SIRET never changes. */
@InputType()
export class UpdateOrganizationInput extends OrganizationFields {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  name?: string;
}
