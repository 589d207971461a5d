import { RequestLoaders } from '@symbiose/platform';
import { OrganizationService } from './organization.service';

/** Loads an organization by id, batched with the other loads of the request. */
export function loadOrganization(
  loaders: RequestLoaders,
  organizations: OrganizationService,
  id: string,
) {
  return loaders.byId('organizationById', (ids) => organizations.findByIds(ids)).load(id);
}
