import { EntityManager } from 'typeorm';
import { CsvRow } from '../csv/csv-file';
import { ImportJob } from './import-job.entity';

/** What is wrong, and in which column of the file. */
export interface ImportProblem {
  /** The column as the file's header names it; null when the row or file as a whole is at fault. */
  column: string | null;
  reason: string;
}

export type ImportRowOutcome =
  | { outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' }
  | { outcome: 'REJECTED'; problems: ImportProblem[] };

export const rejected = (...problems: ImportProblem[]): ImportRowOutcome => ({
  outcome: 'REJECTED',
  problems,
});

/** The whole file cannot be imported: the job fails with these problems, reported at the header. */
export class ImportFailure extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map((problem) => problem.reason).join('; '));
    this.name = 'ImportFailure';
  }
}

/**
 * What one kind of import does with the rows of a file. The runner reads the file, batches rows,
 * and commits each batch with the job's progress; the handler checks and writes the rows, through
 * the same validation and service code as the API.
 */
export interface ImportRowHandler<Context = unknown> {
  /** Problems of the header (a required column missing): the job fails without reading a row. */
  checkColumns(columns: readonly string[]): ImportProblem[];

  /**
   * What every batch of the job needs, found once (the zone the file is for, say). Throws an
   * ImportFailure when the job cannot run at all.
   */
  prepare(job: ImportJob): Promise<Context>;

  /**
   * Checks and writes a batch of rows, in order, in the batch's transaction; one outcome per row.
   * A row's own faults are REJECTED outcomes; an error thrown rolls the batch back, and the runner
   * then applies its rows one at a time to find the row at fault (see `problemOf`).
   */
  applyRows(
    manager: EntityManager,
    rows: readonly CsvRow[],
    context: Context,
    job: ImportJob,
  ): Promise<ImportRowOutcome[]>;

  /**
   * The problem a database error raised by one row stands for (a unique key another writer took
   * meanwhile), or undefined for an error that is not the row's (the database went away): the
   * job then stops, and resumes after its last committed batch.
   */
  problemOf(error: unknown): ImportProblem | undefined;
}
