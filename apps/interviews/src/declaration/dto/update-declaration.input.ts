import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength, ValidateIf } from 'class-validator';
import { DeclarationFields } from './declaration-fields';
import { IsId, Trim } from '@symbiose/platform';

/**
 * Fields left out stay as they are; a nullable field set to null is cleared. Kind, theme and
 * category never change: withdraw the declaration and record another.
 */
@InputType()
export class UpdateDeclarationInput extends DeclarationFields {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => String, { nullable: true })
  // A label can be changed but not cleared: null is refused like an empty one.
  @ValidateIf((_input, label) => label !== undefined)
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  label?: string;
}
