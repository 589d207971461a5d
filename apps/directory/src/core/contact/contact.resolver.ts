import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders, UuidArgPipe } from '@symbiose/platform';
import { Organization } from '../organization/organization.entity';
import { loadOrganization } from '../organization/organization.loader';
import { OrganizationModel } from '../organization/organization.model';
import { OrganizationService } from '../organization/organization.service';
import { AddContactInput } from './dto/add-contact.input';
import { Contact } from './contact.entity';
import { ContactModel } from './contact.model';
import { ContactService } from './contact.service';

@Resolver(() => ContactModel)
export class ContactResolver {
  constructor(
    private readonly contacts: ContactService,
    private readonly organizations: OrganizationService,
  ) {}

  @Mutation(() => ContactModel)
  addContact(@Args('input') input: AddContactInput) {
    return this.contacts.add(input);
  }

  @Mutation(() => ID, { description: 'Removes a contact and returns its id' })
  removeContact(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
    return this.contacts.remove(id);
  }

  @ResolveField(() => OrganizationModel, {
    description: 'The organization the person works at, whose `contacts` list holds them',
  })
  organization(@Parent() contact: Contact, @Loaders() loaders: RequestLoaders) {
    return loadOrganization(loaders, this.organizations, contact.organizationId);
  }
}

/** The contacts of an organization, as a field of Organization. */
@Resolver(() => OrganizationModel)
export class OrganizationContactsResolver {
  constructor(private readonly contactService: ContactService) {}

  @ResolveField(() => [ContactModel])
  contacts(@Parent() organization: Organization, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<string, Contact[]>('contactsByOrganization', async (organizationIds) => {
        const contacts = await this.contactService.findByOrganizationIds(organizationIds);
        return organizationIds.map((id) => contacts.filter((c) => c.organizationId === id));
      })
      .load(organization.id);
  }
}
