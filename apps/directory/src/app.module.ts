import { Module } from '@nestjs/common';
import { ServicePlatformModule } from '@symbiose/platform';
import { DIRECTORY_ACCESS } from './access-policy';
import { AssessmentModule } from './assessment/assessment.module';
import { AuditModule } from './audit/audit.module';
import { CoreModule } from './core/core.module';
import { OrganizationImportModule } from './core/organization-import/organization-import.module';
import { DirectoryConfig } from './directory.config';
import { DIRECTORY_DATABASE } from './directory.database';
import { PartnersModule } from './partners/partners.module';

@Module({
  imports: [
    ServicePlatformModule.forService({
      name: 'directory',
      config: DirectoryConfig,
      database: DIRECTORY_DATABASE,
      consumer: { service: 'directory' },
      access: DIRECTORY_ACCESS,
    }),
    CoreModule,
    AssessmentModule,
    AuditModule,
    PartnersModule,
    // Last, though part of the core: the API lists a type's fields in the order of their modules
    // here, and the published schema has the organization import's query last.
    OrganizationImportModule,
  ],
})
export class AppModule {}
