import { ServiceDatabase } from '@symbiose/platform';
import { Interview } from './interview/interview.entity';
import { CreateInterviews1764320400000 } from './migrations/1764320400000-create-interviews';

export const INTERVIEWS_DATABASE: ServiceDatabase = {
  schema: 'interviews',
  entities: [Interview],
  migrations: [CreateInterviews1764320400000],
};
