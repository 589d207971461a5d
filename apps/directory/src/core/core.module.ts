import { Module } from '@nestjs/common';
import { ContactModule } from './contact/contact.module';
import { OrganizationModule } from './organization/organization.module';
import { ReplicaSourceModule } from './replica-source/replica-source.module';
import { DirectoryTerritoryLookupModule } from './territory/directory-territory-lookup';
import { TerritoryModule } from './territory/territory.module';
import { ZoneModule } from './zone/zone.module';

/**
 * The directory proper, the master data the other services replicate: territories, their
 * zones, the organizations in them and their contacts, and the source the replicas repair
 * themselves from. The import of INSEE's establishment file, in `organization-import/`, belongs
 * here too; the application imports its module (see AppModule).
 */
@Module({
  imports: [
    TerritoryModule,
    ZoneModule,
    OrganizationModule,
    ContactModule,
    DirectoryTerritoryLookupModule,
    ReplicaSourceModule,
  ],
})
export class CoreModule {}
