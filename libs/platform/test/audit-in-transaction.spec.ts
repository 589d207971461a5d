import { randomUUID } from 'node:crypto';
import { Request, Response } from 'express';
import {
  Column,
  DataSource,
  Entity,
  MigrationInterface,
  PrimaryColumn,
  QueryRunner,
} from 'typeorm';
import { AuditRecordedV1 } from '@symbiose/contracts';
import { AuditScopeMiddleware, auditResolving, PendingAudit } from '../src/auth/audit-scope';
import { runMigrations, serviceDataSourceOptions } from '../src/database/data-source-options';
import { createEventTables } from '../src/events/event-tables.migration';
import { createTestDatabase, TestDatabase } from '@symbiose/testing';

const SCHEMA = 'audit_tx_test';

@Entity()
class Note {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  text: string;
}

class CreateAuditTxTestTables1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE note (id uuid PRIMARY KEY, text text NOT NULL)`);
    await createEventTables(queryRunner, SCHEMA);
  }
  async down(): Promise<void> {}
}

function pendingAudit(entry: Partial<AuditRecordedV1> = {}): PendingAudit {
  return {
    eventId: randomUUID(),
    alias: 'createNote',
    entry: {
      service: 'notes',
      subject: 'test:admin',
      roles: ['ADMIN'],
      operation: 'createNote',
      operationName: null,
      entityType: 'Note',
      entityId: null,
      outcome: 'SUCCESS',
      requestId: null,
      at: new Date().toISOString(),
      ...entry,
    },
    insertedId: null,
    written: false,
  };
}

/** Runs `work` as the resolver of `pending`'s mutation field in a request, as a subgraph does. */
function resolving<T>(pending: PendingAudit, work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    new AuditScopeMiddleware().use({} as Request, {} as Response, () => {
      auditResolving(pending);
      work().then(resolve, reject);
    }),
  );
}

describe('the audit written in the mutation’s transaction (PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  const saveNote = (text: string) =>
    dataSource.transaction((manager) => manager.save(Note, { id: randomUUID(), text }));

  async function audited(): Promise<{ id: string; entityId: string | null }[]> {
    return dataSource.query(
      `SELECT id, payload->>'entityId' AS "entityId" FROM outbox_event WHERE type = 'audit.recorded'`,
    );
  }
  const notes = async (): Promise<number> =>
    (await dataSource.query('SELECT count(*)::int AS n FROM note'))[0].n;

  beforeAll(async () => {
    database = await createTestDatabase('audit-in-transaction');
    dataSource = new DataSource(
      serviceDataSourceOptions(database.url, {
        schema: SCHEMA,
        entities: [Note],
        migrations: [CreateAuditTxTestTables1700000000000],
      }),
    );
    await dataSource.initialize();
    await runMigrations(dataSource, SCHEMA);
  });

  afterEach(() => dataSource.query('TRUNCATE outbox_event, note'));

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('writes the entry with the change, naming the entity inserted, once however many commits', async () => {
    const pending = pendingAudit();
    const note = await resolving(pending, async () => {
      const first = await saveNote('première');
      await saveNote('seconde');
      return first;
    });
    expect(pending.written).toBe(true);
    expect(await audited()).toEqual([{ id: pending.eventId, entityId: note.id }]);
  });

  it('writes nothing when the change rolls back, though a transaction of reads committed', async () => {
    const pending = pendingAudit();
    const failed = resolving(pending, () =>
      dataSource.transaction(async (manager) => {
        await manager.save(Note, { id: randomUUID(), text: 'annulée' });
        await dataSource.transaction((inner) => inner.query('SELECT 1'));
        throw new Error('the mutation failed');
      }),
    );
    await expect(failed).rejects.toThrow('the mutation failed');
    expect(await audited()).toEqual([]);
    expect(pending.written).toBe(false);
  });

  it('hands the entry back when a savepoint that wrote it is undone with its transaction', async () => {
    const pending = pendingAudit();
    const runner = dataSource.createQueryRunner();
    await resolving(pending, async () => {
      await runner.startTransaction();
      await runner.startTransaction();
      await runner.manager.save(Note, { id: randomUUID(), text: 'dans un point de sauvegarde' });
      await runner.commitTransaction();
      expect(pending.written).toBe(true);
      await runner.rollbackTransaction();
    });
    await runner.release();
    expect(pending.written).toBe(false);
    expect(await audited()).toEqual([]);
    expect(await notes()).toBe(0);
  });

  it('commits no change whose entry the outbox refuses', async () => {
    const pending = pendingAudit({ subject: '' });
    await expect(resolving(pending, () => saveNote('sans trace'))).rejects.toThrow();
    expect(await notes()).toBe(0);
    expect(pending.written).toBe(false);
  });

  it('writes no entry for a transaction outside any mutation', async () => {
    await saveNote('hors requête');
    expect(await audited()).toEqual([]);
    expect(await notes()).toBe(1);
  });
});
