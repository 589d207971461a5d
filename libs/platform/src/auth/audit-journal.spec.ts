import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditRecordedV1 } from '@symbiose/contracts';
import { AuditJournal, AuditToWrite } from './audit-journal';
import { AuditSpool } from './audit-spool';

const entry = (operation: string): AuditToWrite => ({
  eventId: randomUUID(),
  entry: {
    service: 'directory',
    subject: 'test:admin',
    roles: ['ADMIN'],
    operation,
    operationName: null,
    entityType: 'Zone',
    entityId: null,
    outcome: 'SUCCESS',
    requestId: null,
    at: '2026-12-07T10:00:00.000Z',
  },
});

const connectionRefused = () =>
  Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
const nulRefused = () =>
  new QueryFailedError(
    'INSERT',
    [],
    Object.assign(new Error('unsupported Unicode escape sequence'), { code: '22P05' }),
  );

/**
 * The outbox as the journal sees it: rows by event id, an insert of an id already there ignored;
 * `refuse` decides, row by row, whether the database is away or refuses the data.
 */
class FakeOutbox {
  readonly rows = new Map<string, unknown>();
  refuse: (payload: AuditRecordedV1) => Error | null = () => null;

  get dataSource(): DataSource {
    const values = (rows: { id: string; payload: AuditRecordedV1 }[]) => ({
      orIgnore: () => ({
        callListeners: () => ({
          execute: async () => {
            for (const row of rows) {
              const refusal = this.refuse(row.payload);
              if (refusal) throw refusal;
            }
            for (const row of rows) if (!this.rows.has(row.id)) this.rows.set(row.id, row.payload);
          },
        }),
      }),
    });
    const createQueryBuilder = () => ({ insert: () => ({ into: () => ({ values }) }) });
    return { manager: { createQueryBuilder } } as unknown as DataSource;
  }

  operations(): string[] {
    return [...this.rows.values()].map((payload) => (payload as AuditRecordedV1).operation);
  }
}

describe('AuditJournal', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose', 'fatal']));

  let directory: string;
  let spool: AuditSpool;
  let outbox: FakeOutbox;
  let journal: AuditJournal;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'audit-journal-spec-'));
    spool = new AuditSpool(directory);
    outbox = new FakeOutbox();
    journal = new AuditJournal(outbox.dataSource, spool, 60_000);
  });

  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('writes to the outbox and spools nothing while the database takes the entries', async () => {
    await journal.record([entry('createZone'), entry('updateZone')]);
    expect(outbox.operations()).toEqual(['createZone', 'updateZone']);
    expect(await journal.unwritten()).toEqual({ spooled: 0, held: 0 });
  });

  it('spools what the database refuses and writes it, under the same ids, once it is back', async () => {
    outbox.refuse = connectionRefused;
    await journal.record([entry('createZone')]);
    await journal.record([entry('updateZone')]);
    expect(outbox.rows.size).toBe(0);
    expect(await journal.unwritten()).toEqual({ spooled: 2, held: 0 });
    await expect(journal.replay()).rejects.toThrow('ECONNREFUSED');
    expect(await journal.unwritten()).toEqual({ spooled: 2, held: 0 });

    outbox.refuse = () => null;
    const [first] = await spool.list();
    const spooledIds = (await spool.read(first))!.events.map((event) => event.id);
    expect(await journal.replay()).toBe(2);
    expect(outbox.operations()).toEqual(['createZone', 'updateZone']);
    expect([...outbox.rows.keys()][0]).toBe(spooledIds[0]);
    expect(await journal.unwritten()).toEqual({ spooled: 0, held: 0 });
    expect(await journal.replay()).toBe(0);
  });

  it('sets aside a file the database refuses for its data, and goes on with the next', async () => {
    outbox.refuse = connectionRefused;
    await journal.record([entry('createZone')]);
    await journal.record([entry('updateZone')]);
    outbox.refuse = (payload) => (payload.operation === 'createZone' ? nulRefused() : null);

    expect(await journal.replay()).toBe(1);
    expect(outbox.operations()).toEqual(['updateZone']);
    const left = await readdir(directory);
    expect(left).toEqual([expect.stringMatching(/\.jsonl\.unreadable$/)]);
    expect(await journal.unwritten()).toEqual({ spooled: 0, held: 0 });
  });

  it('sets aside a whole file that does not parse, and goes on with the next', async () => {
    outbox.refuse = connectionRefused;
    await journal.record([entry('updateZone')]);
    await writeFile(join(directory, '2000-01-01T00-00-00-000Z-garbled.jsonl'), '{"id": "a"\n');
    outbox.refuse = () => null;

    expect(await journal.replay()).toBe(1);
    expect(outbox.operations()).toEqual(['updateZone']);
    expect(await readdir(directory)).toEqual(['2000-01-01T00-00-00-000Z-garbled.jsonl.unreadable']);
  });

  it('holds in memory what the disk refuses too, and writes it once the database is back', async () => {
    await rm(directory, { recursive: true, force: true });
    await writeFile(directory, 'a file where the spool directory should be');
    outbox.refuse = connectionRefused;
    await journal.record([entry('createZone')]);
    expect(await journal.unwritten()).toEqual({ spooled: Number.NaN, held: 1 });

    outbox.refuse = () => null;
    expect(await journal.replay()).toBe(1);
    expect(outbox.operations()).toEqual(['createZone']);
    expect(await journal.unwritten()).toEqual({ spooled: Number.NaN, held: 0 });
  });
});
