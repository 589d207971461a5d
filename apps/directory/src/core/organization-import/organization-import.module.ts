import { Module } from '@nestjs/common';
import { importJobResolver, ImportsModule } from '@symbiose/imports';
import { OrganizationModule } from '../organization/organization.module';
import { TerritoryModule } from '../territory/territory.module';
import { ZoneModule } from '../zone/zone.module';
import { OrganizationImportController } from './organization-import.controller';
import { OrganizationImportHandler } from './organization-import.handler';
import { OrganizationImportModel } from './organization-import.model';

/** Imports of INSEE's establishment file into the directory. */
@Module({
  imports: [
    ImportsModule.forKind({
      service: 'directory',
      kind: 'ORGANIZATIONS',
      handler: OrganizationImportHandler,
      imports: [OrganizationModule, ZoneModule, TerritoryModule],
    }),
    ZoneModule,
    TerritoryModule,
  ],
  controllers: [OrganizationImportController],
  providers: [importJobResolver(OrganizationImportModel, 'organizationImport', 'organizations')],
})
export class OrganizationImportModule {}
