import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { BadUserInputError, CurrentPrincipal, Loaders, RequestLoaders } from '@symbiose/platform';
import { Principal } from '@symbiose/tokens';
import { Organization } from '../../core/organization/organization.entity';
import {
  OrganizationConnection,
  OrganizationModel,
} from '../../core/organization/organization.model';
import { PartnerShareArgs, SharedOrganizationsArgs } from './dto/partner-share.args';
import { PartnerShareService } from './partner-share.service';

@Resolver(() => OrganizationModel)
export class PartnerShareResolver {
  constructor(private readonly shares: PartnerShareService) {}

  @Mutation(() => OrganizationModel, {
    description: 'The organization agrees that a partner body may know who it is',
  })
  shareWithPartner(
    @Args() { organizationId, partnerId }: PartnerShareArgs,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.shares.share(organizationId, partnerId, principal.subject);
  }

  @Mutation(() => OrganizationModel, { description: 'Withdraws that agreement' })
  stopSharingWithPartner(@Args() { organizationId, partnerId }: PartnerShareArgs) {
    return this.shares.stopSharing(organizationId, partnerId);
  }

  @Query(() => OrganizationConnection, {
    description: 'The organizations that agreed to be known by a partner body, by name',
  })
  sharedOrganizations(
    @Args() { partnerId, ...page }: SharedOrganizationsArgs,
    @CurrentPrincipal() principal: Principal,
  ) {
    const partner = partnerId ?? principal.partnerId;
    if (!partner) throw new BadUserInputError('partnerId', 'name the partner body');
    return this.shares.sharedWith(partner, page);
  }

  @ResolveField(() => [String], { description: 'The partner bodies it agreed to be known by' })
  sharedWithPartners(@Parent() organization: Organization, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get('partnersOfOrganization', (ids: readonly string[]) => this.shares.partnersOf(ids))
      .load(organization.id);
  }
}
