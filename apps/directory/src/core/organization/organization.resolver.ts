import {
  Args,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { findNafActivity, isValidSiret, NAF_SECTIONS, NAF_SECTIONS_EN } from '@symbiose/sirene';
import { describeAuthorisation } from '@symbiose/taxonomy';
import {
  BadUserInputError,
  GraphQLRequestContext,
  Loaders,
  RequestLoaders,
  UuidArgPipe,
} from '@symbiose/platform';
import { TerritoryModel } from '../territory/territory.model';
import { TerritoryService } from '../territory/territory.service';
import { ZoneModel } from '../zone/zone.model';
import { Zone } from '../zone/zone.entity';
import { loadTerritory } from '../territory/territory.loader';
import { loadZone } from '../zone/zone.loader';
import { ZoneService } from '../zone/zone.service';
import { OrganizationsArgs } from './dto/organizations.args';
import { RegisterOrganizationInput } from './dto/register-organization.input';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { Organization } from './organization.entity';
import { loadOrganization } from './organization.loader';
import {
  AddressModel,
  AuthorisationModel,
  NafActivityModel,
  OrganizationConnection,
  OrganizationModel,
} from './organization.model';
import { OrganizationService } from './organization.service';

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(
    private readonly organizationService: OrganizationService,
    private readonly zones: ZoneService,
    private readonly territories: TerritoryService,
  ) {}

  @Query(() => OrganizationConnection)
  organizations(@Args() args: OrganizationsArgs) {
    return this.organizationService.list(args);
  }

  @Query(() => OrganizationModel, { nullable: true })
  organization(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
    return this.organizationService.findById(id);
  }

  @Query(() => OrganizationModel, { nullable: true })
  organizationBySiret(@Args('siret') siret: string) {
    if (!isValidSiret(siret)) {
      throw new BadUserInputError('siret', 'must be a SIRET: 14 digits with a valid Luhn key');
    }
    return this.organizationService.findBySiret(siret);
  }

  @Mutation(() => OrganizationModel)
  registerOrganization(@Args('input') input: RegisterOrganizationInput) {
    return this.organizationService.register(input);
  }

  @Mutation(() => OrganizationModel)
  updateOrganization(@Args('input') input: UpdateOrganizationInput) {
    return this.organizationService.update(input);
  }

  @Mutation(() => OrganizationModel)
  archiveOrganization(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
    return this.organizationService.archive(id);
  }

  @ResolveField(() => ZoneModel, { nullable: true })
  zone(@Parent() organization: Organization, @Loaders() loaders: RequestLoaders) {
    return organization.zoneId ? loadZone(loaders, this.zones, organization.zoneId) : null;
  }

  @ResolveField(() => TerritoryModel)
  territory(@Parent() organization: Organization, @Loaders() loaders: RequestLoaders) {
    return loadTerritory(loaders, this.territories, organization.territoryId);
  }

  @ResolveField(() => NafActivityModel, { nullable: true })
  nafActivity(@Parent() organization: Organization): NafActivityModel | null {
    const activity = organization.nafCode ? findNafActivity(organization.nafCode) : undefined;
    if (!activity) return null;
    return {
      ...activity,
      sectionLabelFr: NAF_SECTIONS[activity.section],
      sectionLabelEn: NAF_SECTIONS_EN[activity.section],
    };
  }

  @ResolveField(() => AddressModel)
  address(@Parent() organization: Organization): AddressModel {
    const { street, postalCode, city } = organization;
    return { street, postalCode, city };
  }

  @ResolveField(() => [AuthorisationModel], {
    description: 'ICPE rubrics and named authorisations it holds, by code',
  })
  authorisations(@Parent() organization: Organization): AuthorisationModel[] {
    return organization.authorisations.map(describeAuthorisation);
  }

  /** Apollo calls reference resolvers as (reference, context): no parameter decorators here. */
  @ResolveReference()
  resolveReference(reference: { id: string }, context: GraphQLRequestContext) {
    return loadOrganization(context.loaders, this.organizationService, reference.id);
  }
}

/** The number of active organizations of a zone, as a field of Zone. */
@Resolver(() => ZoneModel)
export class ZoneOrganizationCountResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @ResolveField(() => Int, { description: 'Active organizations in the zone' })
  organizationCount(@Parent() zone: Zone, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders
      .get<string, number>('organizationCountByZone', async (zoneIds) => {
        const counts = await this.organizations.countActiveByZone(zoneIds);
        return zoneIds.map((id) => counts.get(id) ?? 0);
      })
      .load(zone.id);
  }
}
