import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsId, PageArgs } from '@symbiose/platform';
import { IsPartnerId } from '../../partner-validators';

@ArgsType()
export class PartnerShareArgs {
  @Field(() => ID)
  @IsId()
  organizationId: string;

  @Field({ description: 'The partner body: syded-lot, cci-lot …' })
  @IsPartnerId()
  partnerId: string;
}

@ArgsType()
export class SharedOrganizationsArgs extends PageArgs {
  @Field({ nullable: true, description: 'A partner asks for itself; others name the partner' })
  @IsOptional()
  @IsPartnerId()
  partnerId?: string;
}
