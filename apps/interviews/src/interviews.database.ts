import {
  OrganizationReplicaAuthorisations1766000400000,
  ReplicatedOrganization,
  ReplicatedZone,
} from '@symbiose/directory-replica';
import { ServiceDatabase } from '@symbiose/platform';
import { IMPORT_ENTITIES } from '@symbiose/imports';
import { CreateImports1765000000000 } from './migrations/1765000000000-create-imports';
import { Declaration } from './declaration/declaration.entity';
import { InterviewAmendment } from './interview/interview-amendment.entity';
import { InterviewAnswer } from './interview/interview-answer.entity';
import { Interview } from './interview/interview.entity';
import { InterviewGrid } from './interview-grid/interview-grid.entity';
import { CreateInterviews1764320400000 } from './migrations/1764320400000-create-interviews';
import { ZoneReplica1764990000000 } from './migrations/1764990000000-zone-replica';
import { DeclarationAttributes1766000100000 } from './migrations/1766000100000-declaration-attributes';
import { GridChoiceLabels1766300000000 } from './migrations/1766300000000-grid-choice-labels';
import { DeclarationEconomics1766400000000 } from './migrations/1766400000000-declaration-economics';
import { OutboxDelivery1766200000000 } from './migrations/1766200000000-outbox-delivery';

export const INTERVIEWS_DATABASE: ServiceDatabase = {
  schema: 'interviews',
  entities: [
    ReplicatedOrganization,
    ReplicatedZone,
    InterviewGrid,
    Interview,
    InterviewAnswer,
    InterviewAmendment,
    Declaration,
    ...IMPORT_ENTITIES,
  ],
  migrations: [
    CreateInterviews1764320400000,
    ZoneReplica1764990000000,
    CreateImports1765000000000,
    DeclarationAttributes1766000100000,
    OrganizationReplicaAuthorisations1766000400000,
    OutboxDelivery1766200000000,
    GridChoiceLabels1766300000000,
    DeclarationEconomics1766400000000,
  ],
};
