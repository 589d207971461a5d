import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { BaseConfig } from './config/service-config';
import { createInputValidationPipe } from './errors/validation-pipe';

/** Creates a service's Nest application with the platform's logger, validation and shutdown hooks. */
export async function createServiceApp(module: Type | DynamicModule): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createInputValidationPipe());
  app.enableShutdownHooks();
  return app;
}

/** Starts a service on its configured port (or its default one) and logs where it listens. */
export async function runService(module: Type | DynamicModule, defaultPort: number): Promise<INestApplication> {
  const app = await createServiceApp(module);
  const port = app.get(BaseConfig).PORT ?? defaultPort;
  await app.listen(port);
  app.get(Logger).log(`listening on port ${port}`);
  return app;
}
