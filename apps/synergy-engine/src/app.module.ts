import { Module } from '@nestjs/common';
import { ServiceConfig, ServicePlatformModule } from '@symbiose/platform';
import { DirectoryEventsProjection } from './directory-events/directory-events.projection';
import { OrganizationModule } from './organization/organization.module';
import { SYNERGY_DATABASE } from './synergy-engine.database';

@Module({
  imports: [
    ServicePlatformModule.forService({
      name: 'synergy-engine',
      config: ServiceConfig,
      database: SYNERGY_DATABASE,
      consumer: { service: 'synergy-engine', handlers: DirectoryEventsProjection },
    }),
    OrganizationModule,
  ],
})
export class AppModule {}
