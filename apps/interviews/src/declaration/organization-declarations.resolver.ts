import { ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, FieldArgs, GraphQLRequestContext, validatedArgs } from '@symbiose/platform';
import { OrganizationDeclarationsArgs } from './dto/declarations.args';
import { DeclarationListing } from './declaration-listing.service';
import { Declaration } from './declaration.entity';
import { DeclarationConnection } from './declaration.model';
import { OrganizationReference } from '@symbiose/directory-replica';

/**
 * The declarations of an organization, as a field of Organization. It takes GraphQL's own
 * arguments, checked as `@Args()` would be, and no parameter decorator of Nest's: Nest would give
 * each organization of a page a pipe, execution context, validation and promises of its own.
 */
@Resolver(() => OrganizationReference)
export class OrganizationDeclarationsResolver {
  constructor(private readonly listing: DeclarationListing) {}

  @ResolveField(() => DeclarationConnection, { description: 'Oldest first' })
  async declarations(
    organization: OrganizationReference,
    @FieldArgs(() => OrganizationDeclarationsArgs) args: Record<string, unknown>,
    { loaders }: GraphQLRequestContext,
  ): Promise<Connection<Declaration>> {
    const { filter, ...page } = await validatedArgs(loaders, OrganizationDeclarationsArgs, args);
    // One batch per set of arguments: the gateway asks the same of every organization it resolves.
    const batch = JSON.stringify({ filter, first: page.first, after: page.after });
    return loaders
      .get<string, Connection<Declaration>>(`declarationsByOrganization:${batch}`, (ids) =>
        this.listing.pagesOfOrganizations(ids, filter, page),
      )
      .load(organization.id);
  }
}
