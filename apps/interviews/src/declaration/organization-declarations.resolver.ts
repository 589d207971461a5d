import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, Loaders, RequestLoaders } from '@symbiose/platform';
import { OrganizationDeclarationsArgs } from './dto/declarations.args';
import { DeclarationListing } from './declaration-listing.service';
import { Declaration } from './declaration.entity';
import { DeclarationConnection } from './declaration.model';
import { OrganizationReference } from '@symbiose/directory-replica';

/** The declarations of an organization, as a field of Organization. */
@Resolver(() => OrganizationReference)
export class OrganizationDeclarationsResolver {
  constructor(private readonly listing: DeclarationListing) {}

  @ResolveField(() => DeclarationConnection, { description: 'Oldest first' })
  declarations(
    @Parent() organization: OrganizationReference,
    @Args() { filter, ...page }: OrganizationDeclarationsArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Connection<Declaration>> {
    // One batch per set of arguments: the gateway asks the same of every organization it resolves.
    const batch = JSON.stringify({ filter, first: page.first, after: page.after });
    return loaders
      .get<string, Connection<Declaration>>(`declarationsByOrganization:${batch}`, (ids) =>
        this.listing.pagesOfOrganizations(ids, filter, page),
      )
      .load(organization.id);
  }
}
