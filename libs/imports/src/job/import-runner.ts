import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { unstorableTextReason } from '@symbiose/platform';
import { CsvFile, CsvItem, CsvRow, openCsv } from '../csv/csv-file';
import { ImportsConfig } from '../imports.config';
import { ImportJob } from './import-job.entity';
import {
  ImportFailure,
  ImportProblem,
  ImportRowHandler,
  ImportRowOutcome,
  rejected,
} from './import-row-handler';
import { storedFileChunks } from './import-upload';

export const IMPORT_ROW_HANDLER = Symbol('IMPORT_ROW_HANDLER');

/** Another process committed a batch of this job meanwhile: this run stops and leaves it the job. */
export class ImportTakenOver extends Error {
  constructor(importId: string) {
    super(`import ${importId} is run by another worker`);
    this.name = 'ImportTakenOver';
  }
}

interface Tally {
  accepted: number;
  rejected: number;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Runs an import job: reads its stored file as a stream, and applies its rows in batches of
 * IMPORT_BATCH_SIZE, each batch in one transaction with its row errors, the job's counts and the
 * last line it covers. A run that stops (a crash, a lost connection) is run again by the queue and
 * starts after the last committed line, so no row is applied or counted twice; the job row is
 * locked and its last line checked in every batch, so two workers never interleave on one job. A
 * dry run applies every batch inside a savepoint it then rolls back: the same checks, down to the
 * database's constraints, and nothing kept but the report.
 */
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger('ImportRunner');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ImportsConfig,
    @Inject(IMPORT_ROW_HANDLER) private readonly handler: ImportRowHandler,
  ) {}

  /** Runs the job to its end; a job already finished is left alone. */
  async run(importId: string): Promise<void> {
    const job = await this.dataSource.getRepository(ImportJob).findOneBy({ id: importId });
    if (!job || job.status === 'SUCCEEDED' || job.status === 'FAILED') return;
    await this.dataSource.query(
      `UPDATE import_job
       SET status = 'RUNNING', started_at = coalesce(started_at, now()),
           attempts = attempts + 1, updated_at = now()
       WHERE id = $1`,
      [importId],
    );
    job.status = 'RUNNING';
    job.attempts += 1;
    try {
      const file = await openCsv(storedFileChunks(this.dataSource, job.id), job.encoding);
      const unstorable = unstorableColumns(file.columns);
      const headerProblems =
        file.columns.length === 0
          ? [{ column: null, reason: 'the file has no header line' }]
          : unstorable.length > 0
            ? unstorable
            : [...duplicateColumns(file.columns), ...this.handler.checkColumns(file.columns)];
      if (headerProblems.length > 0) throw new ImportFailure(headerProblems);
      const context = await this.handler.prepare(job);
      await this.applyRows(job, file, context);
      await this.finish(job, 'SUCCEEDED', null);
      this.logger.log(
        `import ${job.id} (${job.kind}${job.dryRun ? ', dry run' : ''}): ` +
          `${job.accepted} accepted (${job.created} created, ${job.updated} updated, ` +
          `${job.unchanged} unchanged), ${job.rejected} rejected`,
      );
    } catch (error) {
      if (error instanceof ImportFailure) {
        await this.fail(job, error.problems);
        return;
      }
      throw error;
    }
  }

  /**
   * Commits the file's rows after the job's last line, batch by batch. The next batch is read
   * while the last one commits (parsing here while the database writes), but batches commit one
   * after the other, each after the one before.
   */
  private async applyRows(job: ImportJob, file: CsvFile, context: unknown): Promise<void> {
    let committing: Promise<void> | undefined;
    let batch: CsvItem[] = [];
    try {
      for await (const item of file.rows) {
        if (item.line <= job.lastLine) continue;
        batch.push(item);
        if (batch.length < this.config.IMPORT_BATCH_SIZE) continue;
        await committing;
        committing = this.commit(job, batch, context, file.bytesRead() / job.fileSize);
        // Its failure is thrown where it is awaited, before the next batch or after the last.
        committing.catch(() => undefined);
        batch = [];
      }
      await committing;
    } finally {
      // A run that stops while reading ends after its batch in flight: a retry must not overlap it.
      await committing?.catch(() => undefined);
    }
    if (batch.length > 0) await this.commit(job, batch, context, 1);
  }

  /** Marks a job failed for good, once its retries are spent. */
  async giveUp(importId: string, reason: string): Promise<void> {
    const job = await this.dataSource.getRepository(ImportJob).findOneBy({ id: importId });
    if (job && (job.status === 'QUEUED' || job.status === 'RUNNING')) {
      await this.finish(job, 'FAILED', reason);
    }
  }

  private async commit(
    job: ImportJob,
    items: CsvItem[],
    context: unknown,
    progress: number,
  ): Promise<void> {
    const lastLine = Math.max(...items.map((item) => item.line));
    const tally: Tally = { accepted: 0, rejected: 0, created: 0, updated: 0, unchanged: 0 };
    await this.dataSource.transaction(async (manager) => {
      const [locked]: { last_line: number }[] = await manager.query(
        `SELECT last_line FROM import_job WHERE id = $1 FOR UPDATE`,
        [job.id],
      );
      if (locked?.last_line !== job.lastLine) throw new ImportTakenOver(job.id);
      const outcomes = await this.applyBatch(manager, job, items, context);
      const errors: { line: number; problem: ImportProblem }[] = [];
      items.forEach((item, index) => {
        const outcome = outcomes[index];
        if (outcome.outcome === 'REJECTED') {
          tally.rejected += 1;
          for (const problem of outcome.problems) errors.push({ line: item.line, problem });
          return;
        }
        tally.accepted += 1;
        if (outcome.outcome === 'CREATED') tally.created += 1;
        else if (outcome.outcome === 'UPDATED') tally.updated += 1;
        else tally.unchanged += 1;
      });
      await insertErrors(manager, job.id, errors);
      await manager.query(
        `UPDATE import_job
         SET last_line = $2, progress = $3, accepted = accepted + $4, rejected = rejected + $5,
             created = created + $6, updated = updated + $7, unchanged = unchanged + $8,
             updated_at = now()
         WHERE id = $1`,
        [
          job.id,
          lastLine,
          Math.min(Math.max(progress, 0), 1),
          tally.accepted,
          tally.rejected,
          tally.created,
          tally.updated,
          tally.unchanged,
        ],
      );
    });
    job.lastLine = lastLine;
    job.progress = progress;
    for (const key of Object.keys(tally) as (keyof Tally)[]) job[key] += tally[key];
  }

  /** The outcome of each item, with the batch's writes kept unless the job is a dry run. */
  private async applyBatch(
    manager: EntityManager,
    job: ImportJob,
    items: CsvItem[],
    context: unknown,
  ): Promise<ImportRowOutcome[]> {
    const unstorable = new Map(
      items.flatMap((item) => {
        const problems = item.kind === 'row' ? unstorableCells(item) : [];
        return problems.length > 0 ? [[item, problems] as const] : [];
      }),
    );
    const rows = items.filter(
      (item): item is CsvRow => item.kind === 'row' && !unstorable.has(item),
    );
    await manager.query('SAVEPOINT import_batch');
    let rowOutcomes: ImportRowOutcome[];
    try {
      rowOutcomes = await this.handler.applyRows(manager, rows, context, job);
    } catch (error) {
      if (this.handler.problemOf(error) === undefined && !isDatabaseError(error)) throw error;
      // A row broke a constraint: the batch again, one row at a time, to find which.
      await manager.query('ROLLBACK TO SAVEPOINT import_batch');
      rowOutcomes = [];
      for (const row of rows) rowOutcomes.push(await this.applyOne(manager, row, context, job));
    }
    if (job.dryRun) await manager.query('ROLLBACK TO SAVEPOINT import_batch');
    await manager.query('RELEASE SAVEPOINT import_batch');
    const byLine = new Map(rows.map((row, index) => [row, rowOutcomes[index]]));
    return items.map((item) => {
      if (item.kind === 'malformed') return rejected({ column: null, reason: item.reason });
      const problems = unstorable.get(item);
      return problems ? rejected(...problems) : byLine.get(item)!;
    });
  }

  private async applyOne(
    manager: EntityManager,
    row: CsvRow,
    context: unknown,
    job: ImportJob,
  ): Promise<ImportRowOutcome> {
    await manager.query('SAVEPOINT import_row');
    try {
      const [outcome] = await this.handler.applyRows(manager, [row], context, job);
      await manager.query('RELEASE SAVEPOINT import_row');
      return outcome;
    } catch (error) {
      const problem = this.handler.problemOf(error) ?? this.refusedByDatabase(job, row, error);
      if (!problem) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT import_row');
      await manager.query('RELEASE SAVEPOINT import_row');
      return rejected(problem);
    }
  }

  /**
   * A row the database refused for a reason the handler does not name: the row is rejected and
   * the import goes on. The driver's words stay in the log; the report, which partners read, says
   * only which line.
   */
  private refusedByDatabase(
    job: ImportJob,
    row: CsvRow,
    error: unknown,
  ): ImportProblem | undefined {
    if (!isDatabaseError(error)) return undefined;
    this.logger.warn(`import ${job.id}, line ${row.line}: ${(error as Error).message}`);
    return { column: null, reason: 'the database refused the row' };
  }

  private async fail(job: ImportJob, problems: ImportProblem[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await insertErrors(
        manager,
        job.id,
        problems.map((problem) => ({ line: 1, problem })),
      );
    });
    await this.finish(job, 'FAILED', problems.map((problem) => problem.reason).join('; '));
  }

  /** Ends the job; its file is dropped, its report kept. */
  private async finish(job: ImportJob, status: 'SUCCEEDED' | 'FAILED', failure: string | null) {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE import_job
         SET status = $2, failure = $3, progress = CASE WHEN $2 = 'SUCCEEDED' THEN 1 ELSE progress END,
             finished_at = now(), updated_at = now()
         WHERE id = $1`,
        [job.id, status, failure],
      );
      await manager.query(`DELETE FROM import_file_chunk WHERE import_id = $1`, [job.id]);
    });
    job.status = status;
    job.failure = failure;
  }
}

function isDatabaseError(error: unknown): boolean {
  return error instanceof Error && error.name === 'QueryFailedError';
}

/**
 * The cells of a row no service can store (a NUL character, a lone surrogate): the row is
 * rejected before the handler reads it, whatever the column, and its cells are not quoted back.
 */
function unstorableCells(row: CsvRow): ImportProblem[] {
  return Object.entries(row.values).flatMap(([column, value]) => {
    const reason = unstorableTextReason(value);
    return reason ? [{ column, reason }] : [];
  });
}

/** A header naming a column with unstorable text: the column cannot be named in any report. */
function unstorableColumns(columns: readonly string[]): ImportProblem[] {
  return columns.flatMap((column, index) => {
    const reason = unstorableTextReason(column);
    return reason ? [{ column: null, reason: `column ${index + 1} of the header ${reason}` }] : [];
  });
}

function duplicateColumns(columns: readonly string[]): ImportProblem[] {
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const column of columns) {
    if (seen.has(column)) {
      problems.push({ column, reason: 'the header names this column twice' });
    }
    seen.add(column);
  }
  return problems;
}

async function insertErrors(
  manager: EntityManager,
  importId: string,
  errors: { line: number; problem: ImportProblem }[],
): Promise<void> {
  if (errors.length === 0) return;
  await manager.query(
    `INSERT INTO import_row_error (import_id, line, "column", reason)
     SELECT $1, line, "column", reason
     FROM unnest($2::int[], $3::text[], $4::text[]) AS e(line, "column", reason)`,
    [
      importId,
      errors.map((error) => error.line),
      errors.map((error) => error.problem.column),
      errors.map((error) => error.problem.reason),
    ],
  );
}
