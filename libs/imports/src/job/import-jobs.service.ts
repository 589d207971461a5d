import { Inject, Injectable } from '@nestjs/common';
import { IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import { AUDIT_SUCCESS } from '@symbiose/contracts';
import { Connection, OutboxService, PageArgs, paginate } from '@symbiose/platform';
import { ImportsConfig } from '../imports.config';
import { ImportJob, ImportKind, ImportRequester, ImportRowError } from './import-job.entity';
import { ImportJobFields } from './import-job.model';
import { ImportQueue } from './import-queue';
import { storeUpload } from './import-upload';

export const IMPORT_KIND = Symbol('IMPORT_KIND');
export const IMPORT_SERVICE = Symbol('IMPORT_SERVICE');

/** The audit log's names for an upload: the operation and the type of what it made. */
const AUDIT_NAMES: Record<ImportKind, { operation: string; entityType: string }> = {
  ORGANIZATIONS: { operation: 'importOrganizations', entityType: 'OrganizationImport' },
  DECLARATIONS: { operation: 'importDeclarations', entityType: 'DeclarationImport' },
};

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
    private readonly outbox: OutboxService,
    @Inject(IMPORT_KIND) private readonly kind: ImportKind,
    @Inject(IMPORT_SERVICE) private readonly service: string,
  ) {}

  /**
   * Stores the request's body as the job's file, with the upload's entry in the audit log, then
   * queues the job.
   */
  async receive(
    request: IncomingMessage,
    options: {
      dryRun: boolean;
      parameters: Record<string, string>;
      requestedBy: ImportRequester;
      requestId: string | null;
    },
  ): Promise<ImportJob> {
    const { requestId, ...job } = options;
    const length = request.headers['content-length'];
    // A refused upload (413) must leave the request open for the answer: no destroy on return.
    const body = request.iterator({ destroyOnReturn: false });
    const stored = await storeUpload(this.dataSource, body, {
      kind: this.kind,
      ...job,
      maxBytes: this.config.IMPORT_MAX_BYTES,
      declaredLength: length === undefined ? undefined : Number(length),
      beforeCommit: (manager, importId) =>
        this.outbox
          .record(manager, 'audit.recorded', {
            service: this.service,
            subject: job.requestedBy.subject,
            roles: job.requestedBy.roles,
            ...AUDIT_NAMES[this.kind],
            operationName: null,
            entityId: importId,
            outcome: AUDIT_SUCCESS,
            requestId,
            at: new Date().toISOString(),
          })
          .then(() => undefined),
    });
    await this.queue.enqueue(stored.id);
    return stored;
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
