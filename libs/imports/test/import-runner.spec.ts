import { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { runMigrations, serviceDataSourceOptions } from '@symbiose/platform';
import { createTestDatabase, TestDatabase } from '@symbiose/testing';
import { CsvRow } from '../src/csv/csv-file';
import { ImportsConfig } from '../src/imports.config';
import { IMPORT_ENTITIES, ImportJob } from '../src/job/import-job.entity';
import {
  ImportProblem,
  ImportRowHandler,
  ImportRowOutcome,
  rejected,
} from '../src/job/import-row-handler';
import { ImportRunner, ImportTakenOver } from '../src/job/import-runner';
import { createImportTables } from '../src/job/import-tables.migration';
import { storeUpload } from '../src/job/import-upload';

const SCHEMA = 'imports_test';

class CreateTables1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await createImportTables(queryRunner);
    await queryRunner.query(`CREATE TABLE applied (line int NOT NULL, value text NOT NULL)`);
  }
  async down(): Promise<void> {}
}

/**
 * Writes each row's value; rejects "bad"; has the database refuse "refused"; throws once, as a
 * crash would, on the line asked.
 */
class RecordingHandler implements ImportRowHandler<null> {
  crashOnLine: number | undefined;

  checkColumns(columns: readonly string[]): ImportProblem[] {
    return columns.includes('value') ? [] : [{ column: 'value', reason: 'no value column' }];
  }

  async prepare(): Promise<null> {
    return null;
  }

  async applyRows(manager: EntityManager, rows: readonly CsvRow[]): Promise<ImportRowOutcome[]> {
    const outcomes: ImportRowOutcome[] = [];
    for (const row of rows) {
      if (row.line === this.crashOnLine) {
        this.crashOnLine = undefined;
        throw new Error('the process died');
      }
      if (row.values['value'] === 'refused') {
        // PostgreSQL's "invalid input syntax for type integer", which no report should quote.
        await manager.query(`SELECT $1::int`, [row.values['value']]);
      }
      if (row.values['value'] === 'bad') {
        outcomes.push(rejected({ column: 'value', reason: 'is bad' }));
        continue;
      }
      await manager.query(`INSERT INTO applied (line, value) VALUES ($1, $2)`, [
        row.line,
        row.values['value'],
      ]);
      outcomes.push({ outcome: 'CREATED' });
    }
    return outcomes;
  }

  problemOf(): ImportProblem | undefined {
    return undefined;
  }
}

async function* bodyOf(text: string): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let start = 0; start < bytes.length; start += 100) yield bytes.subarray(start, start + 100);
}

/** Batches, their commits, resuming after a crash and dry runs, against PostgreSQL. */
describe('ImportRunner (PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const handler = new RecordingHandler();
  const config = Object.assign(new ImportsConfig(), { IMPORT_BATCH_SIZE: 10 });
  let runner: ImportRunner;

  async function upload(text: string, dryRun = false): Promise<ImportJob> {
    return storeUpload(dataSource, bodyOf(text), {
      kind: 'ORGANIZATIONS',
      dryRun,
      parameters: {},
      requestedBy: { subject: 'test', roles: ['ADMIN'], partnerId: null },
      maxBytes: 1_000_000,
    });
  }

  const job = (id: string) => dataSource.getRepository(ImportJob).findOneByOrFail({ id });
  const file = (values: string[]) => `value\n${values.join('\n')}\n`;

  beforeAll(async () => {
    database = await createTestDatabase('imports');
    dataSource = new DataSource(
      serviceDataSourceOptions(database.url, {
        schema: SCHEMA,
        entities: IMPORT_ENTITIES,
        migrations: [CreateTables1700000000000],
      }),
    );
    await dataSource.initialize();
    await runMigrations(dataSource, SCHEMA);
    runner = new ImportRunner(dataSource, config, handler);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  beforeEach(() => dataSource.query(`DELETE FROM applied`));

  it('applies every row once and counts it, batch by batch, and drops the file at the end', async () => {
    const values = Array.from({ length: 25 }, (_, index) => (index === 12 ? 'bad' : `v${index}`));
    const uploaded = await upload(file(values));
    await runner.run(uploaded.id);
    expect(await job(uploaded.id)).toMatchObject({
      status: 'SUCCEEDED',
      accepted: 24,
      rejected: 1,
      created: 24,
      lastLine: 26,
      progress: 1,
    });
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM applied`);
    expect(count).toBe(24);
    const chunks = await dataSource.query(`SELECT 1 FROM import_file_chunk WHERE import_id = $1`, [
      uploaded.id,
    ]);
    expect(chunks).toHaveLength(0);

    // A finished job queued again (the sweep, a redelivery) is left as it is.
    await runner.run(uploaded.id);
    expect(await job(uploaded.id)).toMatchObject({
      status: 'SUCCEEDED',
      accepted: 24,
      attempts: 1,
    });
  });

  it('rejects a row the database refuses and goes on, quoting nothing of the driver', async () => {
    const uploaded = await upload(file(['a', 'refused', 'c']));
    await runner.run(uploaded.id);
    expect(await job(uploaded.id)).toMatchObject({
      status: 'SUCCEEDED',
      accepted: 2,
      rejected: 1,
      failure: null,
    });
    const applied = await dataSource.query(`SELECT value FROM applied ORDER BY line`);
    expect(applied).toEqual([{ value: 'a' }, { value: 'c' }]);
    const errors = await dataSource.query(
      `SELECT line, "column", reason FROM import_row_error WHERE import_id = $1`,
      [uploaded.id],
    );
    expect(errors).toEqual([{ line: 3, column: null, reason: 'the database refused the row' }]);
  });

  it('resumes after a crash from the last committed batch, applying no row twice', async () => {
    const values = Array.from({ length: 35 }, (_, index) => `v${index}`);
    const uploaded = await upload(file(values));
    handler.crashOnLine = 25; // in the third batch (lines 22 to 31)
    await expect(runner.run(uploaded.id)).rejects.toThrow('the process died');
    expect(await job(uploaded.id)).toMatchObject({
      status: 'RUNNING',
      lastLine: 21,
      accepted: 20,
    });

    await runner.run(uploaded.id);
    expect(await job(uploaded.id)).toMatchObject({
      status: 'SUCCEEDED',
      accepted: 35,
      lastLine: 36,
      attempts: 2,
    });
    const lines: { line: number; times: number }[] = await dataSource.query(
      `SELECT line, count(*)::int AS times FROM applied GROUP BY line ORDER BY line`,
    );
    expect(lines.map((row) => row.line)).toEqual(values.map((_, index) => index + 2));
    expect(lines.every((row) => row.times === 1)).toBe(true);
  });

  it('stops a run whose job another worker moved on, without writing', async () => {
    const uploaded = await upload(file(['a', 'b', 'c']));
    // Another worker commits a batch after this run has read the job, before its first batch.
    const overtaken = new RecordingHandler();
    overtaken.prepare = async () => {
      await dataSource.query(`UPDATE import_job SET last_line = 2 WHERE id = $1`, [uploaded.id]);
      return null;
    };
    await expect(new ImportRunner(dataSource, config, overtaken).run(uploaded.id)).rejects.toThrow(
      ImportTakenOver,
    );
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM applied`);
    expect(count).toBe(0);
  });

  it('keeps only the report of a dry run', async () => {
    const uploaded = await upload(file(['a', 'bad', 'c']), true);
    await runner.run(uploaded.id);
    expect(await job(uploaded.id)).toMatchObject({
      status: 'SUCCEEDED',
      dryRun: true,
      accepted: 2,
      rejected: 1,
    });
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM applied`);
    expect(count).toBe(0);
    const errors = await dataSource.query(
      `SELECT line, "column", reason FROM import_row_error WHERE import_id = $1`,
      [uploaded.id],
    );
    expect(errors).toEqual([{ line: 3, column: 'value', reason: 'is bad' }]);
  });

  it('fails a file without its columns, with the reason at line 1', async () => {
    const uploaded = await upload('name\nx\n');
    await runner.run(uploaded.id);
    expect(await job(uploaded.id)).toMatchObject({ status: 'FAILED', failure: 'no value column' });
  });
});
