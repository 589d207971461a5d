import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DeclarationKind, Theme } from '../declaration-enums';
import { DeclarationFields } from './declaration-fields';
import { Trim } from '@symbiose/platform';

const UUID = { message: 'must be a UUID' };

@InputType()
export class RecordDeclarationInput extends DeclarationFields {
  @Field(() => ID)
  @IsUUID('all', UUID)
  organizationId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The PLANNED or IN_PROGRESS interview of the organization it comes from',
  })
  @IsOptional()
  @IsUUID('all', UUID)
  interviewId?: string | null;

  @Field(() => DeclarationKind)
  @IsEnum(DeclarationKind)
  kind: DeclarationKind;

  @Field(() => Theme)
  @IsEnum(Theme)
  theme: Theme;

  @Field({ description: 'A category of the theme, e.g. WASTE_CARDBOARD' })
  @IsString()
  categoryCode: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  label: string;
}
