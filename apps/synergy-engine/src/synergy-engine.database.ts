import { ServiceDatabase } from '@symbiose/platform';
import { CreateSynergy1764320400000 } from './migrations/1764320400000-create-synergy';
import { Organization } from './organization/organization.entity';
import { Zone } from './zone/zone.entity';

export const SYNERGY_DATABASE: ServiceDatabase = {
  schema: 'synergy',
  entities: [Zone, Organization],
  migrations: [CreateSynergy1764320400000],
};
