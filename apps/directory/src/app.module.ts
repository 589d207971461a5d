import { Module } from '@nestjs/common';
import { ServiceConfig, ServicePlatformModule } from '@symbiose/platform';
import { ContactModule } from './contact/contact.module';
import { DIRECTORY_DATABASE } from './directory.database';
import { OrganizationModule } from './organization/organization.module';
import { TerritoryModule } from './territory/territory.module';
import { ZoneModule } from './zone/zone.module';

@Module({
  imports: [
    ServicePlatformModule.forService({
      name: 'directory',
      config: ServiceConfig,
      database: DIRECTORY_DATABASE,
    }),
    TerritoryModule,
    ZoneModule,
    OrganizationModule,
    ContactModule,
  ],
})
export class AppModule {}
