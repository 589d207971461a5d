import { Module } from '@nestjs/common';
import { DIRECTORY_ACCESS } from './access-policy';
import { ServicePlatformModule } from '@symbiose/platform';
import { DirectoryConfig } from './directory.config';
import { AssessmentModule } from './assessment/assessment.module';
import { ContactModule } from './contact/contact.module';
import { DeclarationStatsModule } from './declaration-stats/declaration-stats.module';
import { DIRECTORY_DATABASE } from './directory.database';
import { ApiKeyModule } from './api-key/api-key.module';
import { AuditModule } from './audit/audit.module';
import { PartnerShareModule } from './partner-share/partner-share.module';
import { OrganizationModule } from './organization/organization.module';
import { DirectoryTerritoryLookupModule } from './territory/directory-territory-lookup';
import { OrganizationImportModule } from './organization-import/organization-import.module';
import { TerritoryModule } from './territory/territory.module';
import { ZoneModule } from './zone/zone.module';
import { WebhookModule } from './webhook/webhook.module';
import { ReplicaSourceModule } from './replica-source/replica-source.module';

@Module({
  imports: [
    ServicePlatformModule.forService({
      name: 'directory',
      config: DirectoryConfig,
      database: DIRECTORY_DATABASE,
      consumer: { service: 'directory' },
      access: DIRECTORY_ACCESS,
    }),
    TerritoryModule,
    ZoneModule,
    OrganizationModule,
    ContactModule,
    DeclarationStatsModule,
    AssessmentModule,
    AuditModule,
    ApiKeyModule,
    PartnerShareModule,
    DirectoryTerritoryLookupModule,
    WebhookModule,
    OrganizationImportModule,
    ReplicaSourceModule,
  ],
})
export class AppModule {}
