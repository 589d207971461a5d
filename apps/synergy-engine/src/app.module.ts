import { Module } from '@nestjs/common';
import { ServiceConfig, ServicePlatformModule } from '@symbiose/platform';
import { DeclarationModule } from './declaration/declaration.module';
import { ReadModelProjection } from './directory-events/read-model.projection';
import { OrganizationModule } from './organization/organization.module';
import { SYNERGY_DATABASE } from './synergy-engine.database';
import { ZoneReference } from './zone/zone.model';

@Module({
  imports: [
    ServicePlatformModule.forService({
      name: 'synergy-engine',
      config: ServiceConfig,
      database: SYNERGY_DATABASE,
      consumer: { service: 'synergy-engine', handlers: ReadModelProjection },
      entityReferences: [ZoneReference],
    }),
    OrganizationModule,
    DeclarationModule,
  ],
})
export class AppModule {}
