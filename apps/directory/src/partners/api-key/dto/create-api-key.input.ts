import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, Length } from 'class-validator';
import { PageArgs, Trim } from '@symbiose/platform';
import { IsPartnerId } from '../../partner-validators';

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'The partner body the key speaks for: syded-lot, cci-lot …' })
  @Trim()
  @IsPartnerId()
  partnerId: string;

  @Field({ description: 'What the key is for, for people: "SYDED waste-flow import"' })
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name: string;

  @Field({ description: 'When the key stops working; at most a year ahead' })
  @IsDate()
  expiresAt: Date;
}

@ArgsType()
export class ApiKeysArgs extends PageArgs {
  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  partnerId?: string;
}
