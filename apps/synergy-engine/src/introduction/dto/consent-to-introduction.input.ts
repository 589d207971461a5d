import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, Length } from 'class-validator';
import { IsId, Trim } from '@symbiose/platform';

@InputType()
export class ConsentToIntroductionInput {
  @Field(() => ID)
  @IsId()
  synergyId: string;

  @Field({ description: 'Who the other side may contact, once both sides have consented' })
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  contactName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsEmail({}, { message: 'must be an email address' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(4, 40, { message: 'must be 4 to 40 characters when given' })
  contactPhone?: string | null;
}
