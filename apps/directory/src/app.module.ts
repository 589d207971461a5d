import { Module } from '@nestjs/common';
import { DIRECTORY_ACCESS } from './access-policy';
import { ServiceConfig, ServicePlatformModule } from '@symbiose/platform';
import { AssessmentModule } from './assessment/assessment.module';
import { ContactModule } from './contact/contact.module';
import { DeclarationStatsModule } from './declaration-stats/declaration-stats.module';
import { DIRECTORY_DATABASE } from './directory.database';
import { DirectoryEventHandlers } from './directory-event-handlers';
import { ApiKeyModule } from './api-key/api-key.module';
import { AuditModule } from './audit/audit.module';
import { PartnerShareModule } from './partner-share/partner-share.module';
import { OrganizationModule } from './organization/organization.module';
import { OrganizationImportModule } from './organization-import/organization-import.module';
import { TerritoryModule } from './territory/territory.module';
import { ZoneModule } from './zone/zone.module';

@Module({
  imports: [
    ServicePlatformModule.forService({
      name: 'directory',
      config: ServiceConfig,
      database: DIRECTORY_DATABASE,
      consumer: { service: 'directory', handlers: DirectoryEventHandlers },
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
    OrganizationImportModule,
  ],
})
export class AppModule {}
