import { Module } from '@nestjs/common';
import { INTERVIEWS_ACCESS } from './access-policy';
import {
  OrganizationReference,
  ReplicaTerritoryLookupModule,
  DirectoryReplicaModule,
  ReplicaConfig,
  ZoneReference,
} from '@symbiose/directory-replica';
import { ServicePlatformModule } from '@symbiose/platform';
import { DeclarationModule } from './declaration/declaration.module';
import { InterviewGridModule } from './interview-grid/interview-grid.module';
import { InterviewModule } from './interview/interview.module';
import { INTERVIEWS_DATABASE } from './interviews.database';
import { InterviewsEventsModule } from './events/interviews-events.module';
import { DeclarationImportModule } from './declaration-import/declaration-import.module';
import { ReferenceModule } from './reference/reference.module';

@Module({
  imports: [
    ServicePlatformModule.forService({
      name: 'interviews',
      config: ReplicaConfig,
      database: INTERVIEWS_DATABASE,
      consumer: { service: 'interviews' },
      entityReferences: [OrganizationReference, ZoneReference],
      access: INTERVIEWS_ACCESS,
    }),
    InterviewGridModule,
    InterviewModule,
    DeclarationModule,
    ReferenceModule,
    ReplicaTerritoryLookupModule,
    DirectoryReplicaModule,
    DeclarationImportModule,
    InterviewsEventsModule,
  ],
})
export class AppModule {}
