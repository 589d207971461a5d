import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { DeclarationKind, Theme } from '../declaration-enums';
import { DeclarationFields } from './declaration-fields';
import { IsId, Trim } from '@symbiose/platform';

@InputType()
export class RecordDeclarationInput extends DeclarationFields {
  @Field(() => ID)
  @IsId()
  organizationId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The PLANNED or IN_PROGRESS interview of the organization it comes from',
  })
  @IsOptional()
  @IsId()
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
