import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { importQueue } from '@symbiose/contracts';
import { loadConfig } from '@symbiose/platform';
import { ImportsConfig } from './imports.config';
import { ImportKind } from './job/import-job.entity';
import { IMPORT_KIND, IMPORT_SERVICE, ImportJobs } from './job/import-jobs.service';
import { IMPORT_QUEUE, ImportQueue } from './job/import-queue';
import { ImportRowHandler } from './job/import-row-handler';
import { IMPORT_ROW_HANDLER, ImportRunner } from './job/import-runner';
import { ImportWorker } from './job/import.worker';

export interface ImportsModuleOptions {
  /** The service's name, as in its audit entries. */
  service: string;
  kind: ImportKind;
  /** What the service does with each row. */
  handler: Type<ImportRowHandler>;
  /** The modules the handler needs. */
  imports?: ModuleMetadata['imports'];
}

/**
 * A service's imports of one kind: the stored files and their jobs (ImportJobs), the queue, and
 * the worker that runs them with the service's row handler. The service adds its own HTTP route,
 * GraphQL type and access rules.
 */
@Module({})
export class ImportsModule {
  static forKind(options: ImportsModuleOptions): DynamicModule {
    return {
      module: ImportsModule,
      imports: options.imports ?? [],
      providers: [
        // Read and checked once, at start, like every other variable.
        { provide: ImportsConfig, useFactory: () => loadConfig(ImportsConfig) },
        { provide: IMPORT_KIND, useValue: options.kind },
        { provide: IMPORT_SERVICE, useValue: options.service },
        { provide: IMPORT_QUEUE, useValue: importQueue(options.kind) },
        { provide: IMPORT_ROW_HANDLER, useClass: options.handler },
        ImportQueue,
        ImportRunner,
        ImportWorker,
        ImportJobs,
      ],
      exports: [ImportJobs, ImportsConfig, ImportRunner],
    };
  }
}
