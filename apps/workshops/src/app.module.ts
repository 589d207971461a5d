import { Module } from '@nestjs/common';
import { ServiceConfig, ServicePlatformModule } from '@symbiose/platform';
import { WorkshopModule } from './workshop/workshop.module';
import { WORKSHOPS_DATABASE } from './workshops.database';

@Module({
  imports: [
    ServicePlatformModule.forService({
      name: 'workshops',
      config: ServiceConfig,
      database: WORKSHOPS_DATABASE,
    }),
    WorkshopModule,
  ],
})
export class AppModule {}
