import { DynamicModule, Global, Module, Provider, Type } from '@nestjs/common';
import { loadConfig } from './load-config';
import { BaseConfig, QueueConfig, ServiceConfig } from './service-config';

/**
 * Validates the process's configuration once, at start, and provides it by
 * injection: as its own class, and as each platform class it extends, which
 * is what the platform's modules read.
 */
@Global()
@Module({})
export class ConfigModule {
  static forService<T extends BaseConfig>(schema: Type<T>): DynamicModule {
    const aliases: Provider[] = [BaseConfig, QueueConfig, ServiceConfig]
      .filter(
        (platformClass) => platformClass !== schema && schema.prototype instanceof platformClass,
      )
      .map((platformClass) => ({ provide: platformClass, useExisting: schema }));
    const providers: Provider[] = [
      { provide: schema, useFactory: () => loadConfig(schema) },
      ...aliases,
    ];
    return {
      module: ConfigModule,
      providers,
      exports: [schema, ...aliases.map((alias) => (alias as { provide: Type }).provide)],
    };
  }
}
