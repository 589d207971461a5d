import { Module } from '@nestjs/common';
import { ServiceConfig, ServicePlatformModule } from '@symbiose/platform';
import { InterviewModule } from './interview/interview.module';
import { INTERVIEWS_DATABASE } from './interviews.database';

@Module({
  imports: [
    ServicePlatformModule.forService({
      name: 'interviews',
      config: ServiceConfig,
      database: INTERVIEWS_DATABASE,
    }),
    InterviewModule,
  ],
})
export class AppModule {}
