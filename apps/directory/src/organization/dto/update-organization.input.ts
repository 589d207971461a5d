import { Trim } from '@symbiose/platform';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';

import { OrganizationFields } from './organization-fields';

/** Fields left out stay as they are; a nullable field set to null is cleared. The SIRET never changes. */
@InputType()
export class UpdateOrganizationInput extends OrganizationFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  name?: string;
}
