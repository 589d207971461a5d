import { ServiceDatabase } from '@symbiose/platform';
import { CreateWorkshops1764320400000 } from './migrations/1764320400000-create-workshops';
import { Workshop } from './workshop/workshop.entity';

export const WORKSHOPS_DATABASE: ServiceDatabase = {
  schema: 'workshops',
  entities: [Workshop],
  migrations: [CreateWorkshops1764320400000],
};
