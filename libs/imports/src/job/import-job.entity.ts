import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { CsvEncoding } from '../csv/encoding';

export const IMPORT_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const IMPORT_KINDS = ['ORGANIZATIONS', 'DECLARATIONS'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Who sent a file: the verified principal of the upload. */
export interface ImportRequester {
  subject: string;
  roles: string[];
  partnerId: string | null;
}

/**
 * One uploaded file and how its processing stands. Counts and `lastLine` move together, in the
 * transaction of each batch: a job resumed after a crash starts after `lastLine` and never counts
 * a row twice.
 */
@Entity('import_job')
@Index('ix_import_job_pending', ['createdAt'], { where: "status IN ('QUEUED', 'RUNNING')" })
export class ImportJob {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  kind: ImportKind;

  @Column('text')
  status: ImportStatus;

  /** Validate and report only: nothing but the job and its report is written. */
  @Column('boolean')
  dryRun: boolean;

  /** What the upload said beyond the file (the zone the organizations are in, say). */
  @Column('jsonb')
  parameters: Record<string, string>;

  @Column('jsonb')
  requestedBy: ImportRequester;

  @Column('bigint', {
    transformer: { to: (value: number) => value, from: (value: string) => Number(value) },
  })
  fileSize: number;

  @Column('text')
  encoding: CsvEncoding;

  /** The last line of the file whose row is counted (the header's before the first batch). */
  @Column('int', { default: 0 })
  lastLine: number;

  /** From 0 to 1: the part of the file read. */
  @Column('double precision', { default: 0 })
  progress: number;

  /** Rows taken: created, updated or found up to date. */
  @Column('int', { default: 0 })
  accepted: number;

  @Column('int', { default: 0 })
  rejected: number;

  @Column('int', { default: 0 })
  created: number;

  @Column('int', { default: 0 })
  updated: number;

  @Column('int', { default: 0 })
  unchanged: number;

  /** Why the whole file could not be imported (a missing column, an empty file). */
  @Column('text', { nullable: true })
  failure: string | null;

  @Column('int', { default: 0 })
  attempts: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt: Date | null;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt: Date;
}

/** A piece of an uploaded file, kept until its import has finished. */
@Entity('import_file_chunk')
export class ImportFileChunk {
  @PrimaryColumn('uuid')
  importId: string;

  @PrimaryColumn('int')
  seq: number;

  @Column('bytea')
  data: Buffer;
}

/** Why one row (or, at line 1, the whole file) was not taken. */
@Entity('import_row_error')
@Index('ix_import_row_error_job', ['importId', 'line', 'id'])
export class ImportRowError {
  @PrimaryColumn('bigint', { generated: 'increment' })
  id: string;

  @Column('uuid')
  importId: string;

  @Column('int')
  line: number;

  /** The column at fault, as the file's header names it; null when the row as a whole is. */
  @Column('text', { nullable: true })
  column: string | null;

  @Column('text')
  reason: string;
}

/** The entities a service using imports lists among its own. */
export const IMPORT_ENTITIES = [ImportJob, ImportFileChunk, ImportRowError];
