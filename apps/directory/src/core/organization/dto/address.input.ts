import { Trim } from '@symbiose/platform';
import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';

@InputType()
export class AddressInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(300)
  street?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @Matches(/^\d{5}$/, { message: 'must be a 5-digit French postal code' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(200)
  city?: string | null;
}
