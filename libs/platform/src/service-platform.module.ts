import { DynamicModule, Module, Type } from '@nestjs/common';
import { AccessPolicy } from './auth/access-rules';
import { AuthModule } from './auth/auth.module';
import { ConfigModule } from './config/config.module';
import { ServiceConfig } from './config/service-config';
import { DatabaseModule } from './database/database.module';
import { ServiceDatabase } from './database/data-source-options';
import { EventsModule, EventsModuleOptions } from './events/events.module';
import { SubgraphModule } from './graphql/subgraph.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { QueuesModule } from './queues/queues.module';

export interface ServicePlatformOptions {
  /** The service's name, as in logs, metrics and event sources: `directory`, `synergy-engine` … */
  name: string;
  config: Type<ServiceConfig>;
  database: ServiceDatabase;
  consumer?: EventsModuleOptions['consumer'];
  /** Stubs of entities owned by another subgraph that this one extends (see SubgraphModule). */
  entityReferences?: Type[];
  /** Who may call each of the service's resolvers and routes (see AccessPolicy). */
  access: AccessPolicy;
}

/** Everything a subgraph service stands on, in one import. */
@Module({})
export class ServicePlatformModule {
  static forService(options: ServicePlatformOptions): DynamicModule {
    return {
      module: ServicePlatformModule,
      imports: [
        ConfigModule.forService(options.config),
        LoggingModule,
        MetricsModule.forService(options.name),
        DatabaseModule.forService(options.database),
        QueuesModule,
        EventsModule.forService({ service: options.name, consumer: options.consumer }),
        AuthModule.forService(options.access),
        HealthModule.forRoot(),
        SubgraphModule.forRoot(options.name, options.entityReferences),
      ],
    };
  }
}
