import { DynamicModule, Global, Module, Provider, Type } from '@nestjs/common';
import { loadConfig } from './load-config';
import { BaseConfig } from './service-config';

/** The configuration classes a schema extends, down to BaseConfig: each is injectable as the schema. */
function ancestorsOf(schema: Type): Type[] {
  const ancestors: Type[] = [];
  for (
    let parent = Object.getPrototypeOf(schema) as Type | null;
    parent && (parent === BaseConfig || parent.prototype instanceof BaseConfig);
    parent = Object.getPrototypeOf(parent) as Type | null
  ) {
    ancestors.push(parent);
  }
  return ancestors;
}

/**
 * Validates the process's configuration once, at start, and provides it by
 * injection: as its own class, and as each configuration class it extends (the platform's, a
 * library's), which is what their modules read.
 */
@Global()
@Module({})
export class ConfigModule {
  static forService<T extends BaseConfig>(schema: Type<T>): DynamicModule {
    const aliases: Provider[] = ancestorsOf(schema).map((ancestor) => ({
      provide: ancestor,
      useExisting: schema,
    }));
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
