import { ServiceDatabase } from '@symbiose/platform';
import { Contact } from './contact/contact.entity';
import { CreateDirectory1764316800000 } from './migrations/1764316800000-create-directory';
import { Organization } from './organization/organization.entity';
import { Territory } from './territory/territory.entity';
import { Zone } from './zone/zone.entity';

export const DIRECTORY_DATABASE: ServiceDatabase = {
  schema: 'directory',
  entities: [Territory, Zone, Organization, Contact],
  migrations: [CreateDirectory1764316800000],
};
