import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { IsId, PageArgs } from '@symbiose/platform';

const PARTNER_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
const PARTNER_ID_MESSAGE = 'must be 2 to 63 lowercase letters, digits and dashes';

@ArgsType()
export class PartnerShareArgs {
  @Field(() => ID)
  @IsId()
  organizationId: string;

  @Field({ description: 'The partner body: syded-lot, cci-lot …' })
  @Matches(PARTNER_ID, { message: PARTNER_ID_MESSAGE })
  partnerId: string;
}

@ArgsType()
export class SharedOrganizationsArgs extends PageArgs {
  @Field({ nullable: true, description: 'A partner asks for itself; others name the partner' })
  @IsOptional()
  @Matches(PARTNER_ID, { message: PARTNER_ID_MESSAGE })
  partnerId?: string;
}
