import { ServiceDatabase } from '@symbiose/platform';
import { CreateSynergy1764320400000 } from './migrations/1764320400000-create-synergy';
import { ReplicatedOrganization } from '@symbiose/directory-replica';
import { Zone } from './zone/zone.entity';

export const SYNERGY_DATABASE: ServiceDatabase = {
  schema: 'synergy',
  entities: [Zone, ReplicatedOrganization],
  migrations: [CreateSynergy1764320400000],
};
