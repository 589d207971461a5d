import { Module } from '@nestjs/common';
import { ServiceConfig, ServicePlatformModule } from '@symbiose/platform';
import { DeclarationModule } from './declaration/declaration.module';
import { ReadModelProjection } from './directory-events/read-model.projection';
import { OrganizationModule } from './organization/organization.module';
import { SYNERGY_DATABASE } from './synergy-engine.database';

@Module({
  imports: [
    ServicePlatformModule.forService({
      name: 'synergy-engine',
      config: ServiceConfig,
      database: SYNERGY_DATABASE,
      consumer: { service: 'synergy-engine', handlers: ReadModelProjection },
    }),
    OrganizationModule,
    DeclarationModule,
  ],
})
export class AppModule {}
