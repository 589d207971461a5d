import { Inject, Injectable } from '@nestjs/common';
import { IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import { Connection, PageArgs, paginate } from '@symbiose/platform';
import { ImportsConfig } from '../imports.config';
import { ImportJob, ImportKind, ImportRequester, ImportRowError } from './import-job.entity';
import { ImportJobFields } from './import-job.model';
import { ImportQueue } from './import-queue';
import { storeUpload } from './import-upload';

export const IMPORT_KIND = Symbol('IMPORT_KIND');

/** An import job as the GraphQL types and the HTTP answers show it. */
export type ImportJobView = Omit<ImportJobFields, 'requestedBy'> & { requestedBy: string };

export function importJobView(job: ImportJob): ImportJobView {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    dryRun: job.dryRun,
    progress: job.progress,
    accepted: job.accepted,
    rejected: job.rejected,
    created: job.created,
    updated: job.updated,
    unchanged: job.unchanged,
    failure: job.failure,
    fileSize: job.fileSize,
    encoding: job.encoding,
    requestedBy: job.requestedBy.subject,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}

/** A service's import jobs: receiving files, queuing them, and what they report. */
@Injectable()
export class ImportJobs {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ImportsConfig,
    private readonly queue: ImportQueue,
    @Inject(IMPORT_KIND) private readonly kind: ImportKind,
  ) {}

  /** Stores the request's body as the job's file, then queues the job. */
  async receive(
    request: IncomingMessage,
    options: { dryRun: boolean; parameters: Record<string, string>; requestedBy: ImportRequester },
  ): Promise<ImportJob> {
    const length = request.headers['content-length'];
    const job = await storeUpload(this.dataSource, request, {
      kind: this.kind,
      ...options,
      maxBytes: this.config.IMPORT_MAX_BYTES,
      declaredLength: length === undefined ? undefined : Number(length),
    });
    await this.queue.enqueue(job.id);
    return job;
  }

  find(id: string): Promise<ImportJob | null> {
    return this.dataSource.getRepository(ImportJob).findOneBy({ id, kind: this.kind });
  }

  /** The job's row errors, by line, then in the order they were found. */
  errors(importId: string, page: PageArgs): Promise<Connection<ImportRowError>> {
    const query = this.dataSource
      .getRepository(ImportRowError)
      .createQueryBuilder('error')
      .where('error.importId = :importId', { importId })
      .orderBy('error.line', 'ASC')
      .addOrderBy('error.id', 'ASC');
    return paginate(query, page);
  }
}
