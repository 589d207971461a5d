import { IsId, Trim } from '@symbiose/platform';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';

@InputType()
export class AddContactInput {
  @Field(() => ID)
  @IsId()
  organizationId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(200)
  role?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsEmail({}, { message: 'must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Matches(/^\+?[0-9 .()-]{6,20}$/, { message: 'must be a phone number' })
  phone?: string | null;

  @Field({ description: 'The person agreed to be contacted by the programme' })
  @IsBoolean()
  consentToContact: boolean;
}
