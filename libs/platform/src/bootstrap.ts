import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { ConfigurationError } from './config/load-config';
import { BaseConfig } from './config/service-config';
import { runMigrations, ServiceDatabase } from './database/data-source-options';
import { createInputValidationPipe } from './errors/validation-pipe';
import { limitRequestBodySize } from './http/body-size-limit';
import { closeOnSignals } from './shutdown/close-on-signals';

/**
 * Creates a service's Nest application with the platform's logger and validation. Its shutdown
 * hooks run on `app.close()`, which `runService` calls on SIGTERM (closeOnSignals).
 */
export async function createServiceApp(module: Type | DynamicModule): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createInputValidationPipe());
  return app;
}

export interface RunServiceOptions {
  defaultPort: number;
  /** Present for services with a database: their migrations run before they listen. */
  database?: ServiceDatabase;
  /**
   * Sets up the HTTP layer before the application starts (a dashboard's router, say): what must
   * come before the modules' middleware and routes.
   */
  configure?: (app: INestApplication) => void;
}

/**
 * Starts a service: limits its request bodies to REQUEST_BODY_LIMIT_BYTES, migrates its schema,
 * listens on its configured port (or its default one), and exits with a clear log line if any
 * of it fails. On SIGTERM it shuts down gracefully within SHUTDOWN_TIMEOUT_MS (closeOnSignals).
 */
export async function runService(
  module: Type | DynamicModule,
  { defaultPort, database, configure }: RunServiceOptions,
): Promise<INestApplication | undefined> {
  try {
    const app = await createServiceApp(module);
    const config = app.get(BaseConfig);
    limitRequestBodySize(app, config.REQUEST_BODY_LIMIT_BYTES);
    configure?.(app);
    const logger = app.get(Logger);
    if (database) {
      const applied = await runMigrations(app.get(DataSource), database.schema);
      logger.log(`schema ${database.schema}: ${applied.length} migration(s) applied`);
    }
    const port = config.PORT ?? defaultPort;
    await app.listen(port);
    closeOnSignals(app, config.SHUTDOWN_TIMEOUT_MS, logger);
    logger.log(`listening on port ${port}`);
    return app;
  } catch (error) {
    // A configuration error says all there is to say; anything else needs its stack.
    const detail =
      error instanceof ConfigurationError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : error;
    console.error(detail);
    process.exit(1);
  }
}
