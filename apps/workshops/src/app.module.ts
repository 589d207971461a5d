import { Module } from '@nestjs/common';
import { WORKSHOPS_ACCESS } from './access-policy';
import { ServicePlatformModule } from '@symbiose/platform';
import { ActionPlanModule } from './action-plan/action-plan.module';
import { ActionModule } from './action/action.module';
import { WorkshopsEventsModule } from './events/workshops-events.module';
import { FollowUpModule } from './follow-up/follow-up.module';
import { PrioritisationModule } from './prioritisation/prioritisation.module';
import { SynergyReference } from './synergy/synergy.model';
import { WorkshopModule } from './workshop/workshop.module';
import { WORKSHOPS_DATABASE } from './workshops.database';
import { ZoneModule } from './zone/zone.module';
import {
  OrganizationReference,
  ZoneReference,
  ReplicaTerritoryLookupModule,
  DirectoryReplicaModule,
} from '@symbiose/directory-replica';
import { WorkshopsConfig } from './workshops.config';

@Module({
  imports: [
    ServicePlatformModule.forService({
      name: 'workshops',
      config: WorkshopsConfig,
      database: WORKSHOPS_DATABASE,
      consumer: { service: 'workshops' },
      entityReferences: [ZoneReference, OrganizationReference, SynergyReference],
      access: WORKSHOPS_ACCESS,
    }),
    WorkshopModule,
    ActionModule,
    PrioritisationModule,
    FollowUpModule,
    ActionPlanModule,
    ZoneModule,
    ReplicaTerritoryLookupModule,
    DirectoryReplicaModule,
    WorkshopsEventsModule,
  ],
})
export class AppModule {}
