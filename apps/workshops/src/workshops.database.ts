import {
  OrganizationReplicaAuthorisations1766000400000,
  ReplicatedOrganization,
  ReplicatedZone,
} from '@symbiose/directory-replica';
import { ServiceDatabase } from '@symbiose/platform';
import { ActionMilestone } from './action/action-milestone.entity';
import { Action } from './action/action.entity';
import { Scenario } from './follow-up/scenario.entity';
import { CreateWorkshops1764320400000 } from './migrations/1764320400000-create-workshops';
import { WorkshopProgramme1764600000000 } from './migrations/1764600000000-workshop-programme';
import { DirectoryReplica1764800000000 } from './migrations/1764800000000-directory-replica';
import { PrioritisationCandidate } from './prioritisation/prioritisation-candidate.entity';
import { PriorityVote } from './prioritisation/priority-vote.entity';
import { ReplicatedSynergy } from './synergy/replicated-synergy.entity';
import { WorkshopAttendance } from './workshop/workshop-attendance.entity';
import { WorkshopDecision } from './workshop/workshop-decision.entity';
import { Workshop } from './workshop/workshop.entity';
import { OutboxDelivery1766200000000 } from './migrations/1766200000000-outbox-delivery';

export const WORKSHOPS_DATABASE: ServiceDatabase = {
  schema: 'workshops',
  entities: [
    Workshop,
    WorkshopAttendance,
    WorkshopDecision,
    Action,
    ActionMilestone,
    PrioritisationCandidate,
    PriorityVote,
    ReplicatedSynergy,
    Scenario,
    ReplicatedOrganization,
    ReplicatedZone,
  ],
  migrations: [
    CreateWorkshops1764320400000,
    WorkshopProgramme1764600000000,
    DirectoryReplica1764800000000,
    OrganizationReplicaAuthorisations1766000400000,
    OutboxDelivery1766200000000,
  ],
};
