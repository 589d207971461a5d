import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { Registry } from 'prom-client';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditJournal, AuditToWrite, createServiceApp, runMigrations } from '@symbiose/platform';
import {
  createTestDatabase,
  deleteQueueKeys,
  GraphQLResponse,
  postGraphQL,
  TestDatabase,
  TEST_REDIS_URL,
  uniqueQueuePrefix,
  waitFor,
} from '@symbiose/testing';
import { AppModule } from '../src/app.module';
import { DIRECTORY_DATABASE } from '../src/directory.database';

jest.setTimeout(90_000);

/** How often a service replays its spool in this suite: the default waits longer. */
const REPLAY_INTERVAL_MS = 300;

interface AuditRow {
  id: string;
  operation: string;
  entityId: string | null;
  outcome: string;
}

/**
 * The directory, in-process, as its own audit's producer and consumer: started again on the same
 * database and spool, it is the process that comes back after another died.
 */
describe('mutation audit (PostgreSQL, Redis, spool directory)', () => {
  let database: TestDatabase;
  let queuePrefix: string;
  let spoolRoot: string;
  let app: INestApplication | undefined;
  let admin: Client;

  async function startDirectory(): Promise<INestApplication> {
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      LOG_LEVEL: 'silent',
      AUDIT_SPOOL_DIR: spoolRoot,
      AUDIT_SPOOL_REPLAY_INTERVAL_MS: String(REPLAY_INTERVAL_MS),
    });
    const started = await createServiceApp(AppModule);
    await runMigrations(started.get(DataSource), DIRECTORY_DATABASE.schema);
    await started.init();
    return started;
  }

  const gql = (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    postGraphQL(app!.getHttpServer(), query, variables);

  const spooled = async (): Promise<string[]> =>
    (await readdir(join(spoolRoot, 'directory')).catch(() => [])).filter((name) =>
      name.endsWith('.jsonl'),
    );

  /** What `/metrics` says waits on disk. */
  async function unwrittenOnDisk(): Promise<number | undefined> {
    const { text } = await request(app!.getHttpServer()).get('/metrics');
    const value = /^audit_unwritten_requests\{kept="disk"[^}]*\} (\d+)$/m.exec(text)?.[1];
    return value === undefined ? undefined : Number(value);
  }

  /** What the directory's audit log holds of one operation, read from its own table. */
  async function auditOf(operation: string, entityId?: string): Promise<AuditRow[]> {
    const { rows } = await admin.query<AuditRow>(
      `SELECT id, operation, entity_id AS "entityId", outcome
         FROM directory.audit_entry
        WHERE operation = $1 AND ($2::text IS NULL OR entity_id = $2)
        ORDER BY at`,
      [operation, entityId ?? null],
    );
    return rows;
  }

  /** The audit events of one named operation in the directory's outbox, as written. */
  async function outboxAuditOf(operationName: string): Promise<Omit<AuditRow, 'operation'>[]> {
    const { rows } = await admin.query<Omit<AuditRow, 'operation'>>(
      `SELECT id, payload->>'entityId' AS "entityId", payload->>'outcome' AS outcome
         FROM directory.outbox_event
        WHERE type = 'audit.recorded' AND payload->>'operationName' = $1
        ORDER BY payload->>'outcome' DESC`,
      [operationName],
    );
    return rows;
  }

  /** Makes PostgreSQL refuse the service: every session of its database but the test's ended. */
  async function databaseAway<T>(during: () => Promise<T>): Promise<T> {
    const name = decodeURIComponent(new URL(database.url).pathname.slice(1));
    const server = new URL(database.url);
    server.pathname = '/postgres';
    const superuser = new Client({ connectionString: server.toString() });
    await superuser.connect();
    try {
      const { rows } = await admin.query('SELECT pg_backend_pid() AS pid');
      await superuser.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await superuser.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> $2`,
        [name, rows[0].pid],
      );
      return await during();
    } finally {
      await superuser.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
      await superuser.end();
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase('mutation-audit');
    queuePrefix = uniqueQueuePrefix('mutation-audit');
    spoolRoot = await mkdtemp(join(tmpdir(), 'symbiose-audit-spool-'));
    app = await startDirectory();
    admin = new Client({ connectionString: database.url });
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.end();
    await app?.close();
    await database?.drop();
    await deleteQueueKeys(queuePrefix);
    await rm(spoolRoot, { recursive: true, force: true });
  });

  it('audits a mutation refused for a NUL character or a lone surrogate in the id it names', async () => {
    const nul = await gql(`mutation ($id: ID!) { archiveOrganization(id: $id) { id } }`, {
      id: 'org\u0000anisation',
    });
    expect(nul.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const lone = await gql(`mutation ($id: ID!) { revokeApiKey(id: $id) { id } }`, {
      id: 'key\uD800',
    });
    expect(lone.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    const archived = await waitFor(
      () => auditOf('archiveOrganization'),
      (rows) => rows.length > 0,
    );
    expect(archived).toEqual([
      expect.objectContaining({ entityId: 'org\\u0000anisation', outcome: 'BAD_USER_INPUT' }),
    ]);
    const revoked = await waitFor(
      () => auditOf('revokeApiKey'),
      (rows) => rows.length > 0,
    );
    expect(revoked).toEqual([
      expect.objectContaining({ entityId: 'key\\uD800', outcome: 'BAD_USER_INPUT' }),
    ]);
    expect(await spooled()).toEqual([]);
  });

  it('audits a mutation that failed while PostgreSQL refused connections, once it is back, exactly once', async () => {
    const failed = await databaseAway(async () => {
      const response = await gql(`mutation { createTerritory(input: { name: "Quercy" }) { id } }`);
      expect(await spooled()).toHaveLength(1);
      expect(await unwrittenOnDisk()).toBe(1);
      return response;
    });
    expect(failed.data).toBeNull();
    // The client is told to try again later, not that the server failed.
    expect(failed.errors?.[0].extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      reason: 'UNAVAILABLE',
      retryable: true,
    });
    const outcome = failed.errors?.[0].extensions?.['code'];

    const audited = await waitFor(
      () => auditOf('createTerritory'),
      (rows) => rows.length > 0,
      { timeoutMs: 30_000 },
    );
    expect(audited).toEqual([expect.objectContaining({ entityId: null, outcome })]);
    expect(await spooled()).toEqual([]);
    expect(await unwrittenOnDisk()).toBe(0);
    // Further replays and the outbox's redeliveries add nothing.
    await new Promise((resolve) => setTimeout(resolve, 5 * REPLAY_INTERVAL_MS));
    expect(await auditOf('createTerritory')).toEqual(audited);
    const { rows } = await admin.query(
      `SELECT count(*)::int AS events FROM directory.outbox_event WHERE id = $1`,
      [audited[0].id],
    );
    expect(rows).toEqual([{ events: 1 }]);
  });

  it('replays the spool of a process stopped during the outage when the next one starts', async () => {
    const organizationId = randomUUID();
    await databaseAway(async () => {
      const failed = await gql(`mutation ($id: ID!) { archiveOrganization(id: $id) { id } }`, {
        id: organizationId,
      });
      expect(failed.data).toBeNull();
      expect(await spooled()).toHaveLength(1);
      const metrics = app!.get(Registry);
      await app!.close();
      app = undefined;
      // One process, one registry: the next start registers its series again, as a new process.
      metrics.clear();
    });
    expect(await spooled()).toHaveLength(1);
    expect(await auditOf('archiveOrganization', organizationId)).toEqual([]);

    const restartedAt = Date.now();
    app = await startDirectory();
    const audited = await waitFor(
      () => auditOf('archiveOrganization', organizationId),
      (rows) => rows.length > 0,
      { timeoutMs: 30_000 },
    );
    const replayedMs = Date.now() - restartedAt;
    expect(audited).toHaveLength(1);
    expect(await spooled()).toEqual([]);
    expect(replayedMs).toBeLessThan(10_000);
  });

  describe('in the transaction of the change', () => {
    afterEach(() => jest.restoreAllMocks());

    it('holds the audit of a committed change though the write after the answer never comes', async () => {
      const afterAnswer = jest
        .spyOn(AuditJournal.prototype, 'record')
        .mockRejectedValue(new Error('process killed once the change committed'));
      const created = await gql(
        `mutation Aubrac($name: String!) { createTerritory(input: { name: $name }) { id } }`,
        { name: `Aubrac ${randomUUID()}` },
      );
      const territoryId = (created.data?.createTerritory as { id: string }).id;

      expect(afterAnswer).not.toHaveBeenCalled();
      const written = await outboxAuditOf('Aubrac');
      expect(written).toEqual([
        { id: expect.any(String), entityId: territoryId, outcome: 'SUCCESS' },
      ]);
      const audited = await waitFor(
        () => auditOf('createTerritory', territoryId),
        (rows) => rows.length > 0,
      );
      expect(audited).toEqual([expect.objectContaining({ id: written[0].id, outcome: 'SUCCESS' })]);
    });

    it('audits each field once: the change with it, the refusal after the answer', async () => {
      const afterAnswer = jest.spyOn(AuditJournal.prototype, 'record');
      const name = `Planèze ${randomUUID()}`;
      const twice = await gql(
        `mutation Planeze($name: String!) {
          first: createTerritory(input: { name: $name }) { id }
          again: createTerritory(input: { name: $name }) { id }
        }`,
        { name },
      );
      // The second field's error nulls the whole answer: the first's id is known to the database.
      expect(twice.data).toBeNull();
      const { rows } = await admin.query('SELECT id FROM directory.territory WHERE name = $1', [
        name,
      ]);
      const territoryId = (rows as { id: string }[])[0].id;
      expect(twice.errors).toEqual([
        expect.objectContaining({
          path: ['again'],
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ]);

      const afterAnswerOutcomes = afterAnswer.mock.calls.map(([entries]) =>
        entries.map(({ entry }: AuditToWrite) => entry.outcome),
      );
      expect(afterAnswerOutcomes).toEqual([['BAD_USER_INPUT']]);
      const written = await outboxAuditOf('Planeze');
      expect(written).toEqual([
        { id: expect.any(String), entityId: territoryId, outcome: 'SUCCESS' },
        { id: expect.any(String), entityId: null, outcome: 'BAD_USER_INPUT' },
      ]);
      const audited = await waitFor(
        () => auditOf('createTerritory'),
        (rows) => written.every(({ id }) => rows.some((row) => row.id === id)),
      );
      expect(audited.filter(({ id }) => written.some((event) => event.id === id))).toHaveLength(2);
    });

    describe('of a change made by one statement', () => {
      let organizationId: string;
      let contactId: string;
      let webhookId: string;

      beforeAll(async () => {
        const territory = await gql(
          `mutation Causse($name: String!) { createTerritory(input: { name: $name }) { id } }`,
          { name: `Causse ${randomUUID()}` },
        );
        const registered = await gql(
          `mutation Quercy($territoryId: ID!) {
            registerOrganization(input: { name: "Club des entreprises du Quercy", kind: ASSOCIATION, territoryId: $territoryId }) { id } }`,
          { territoryId: territory.data?.createTerritory.id },
        );
        expect(registered.errors).toBeUndefined();
        organizationId = registered.data?.registerOrganization.id;
        const contact = await gql(
          `mutation Contact($organizationId: ID!) { addContact(input: {
            organizationId: $organizationId, name: "Jeanne Calmès", consentToContact: true }) { id } }`,
          { organizationId },
        );
        expect(contact.errors).toBeUndefined();
        contactId = contact.data?.addContact.id;
        const webhook = await gql(
          `mutation Hook { registerWebhook(input: {
            url: "http://127.0.0.1:9/hook", eventTypes: ["organization.registered"] }) { subscription { id } } }`,
        );
        webhookId = webhook.data?.registerWebhook.subscription.id;
      });

      it.each([
        [
          'Share',
          'mutation Share($o: ID!) { shareWithPartner(organizationId: $o, partnerId: "syded-lot") { id } }',
        ],
        [
          'StopSharing',
          'mutation StopSharing($o: ID!) { stopSharingWithPartner(organizationId: $o, partnerId: "syded-lot") { id } }',
        ],
        ['RemoveContact', 'mutation RemoveContact($c: ID!) { removeContact(id: $c) }'],
        ['DeleteHook', 'mutation DeleteHook($w: ID!) { deleteWebhook(id: $w) { id } }'],
      ])(
        'holds the audit of %s though the write after the answer never comes',
        async (name, query) => {
          const afterAnswer = jest
            .spyOn(AuditJournal.prototype, 'record')
            .mockRejectedValue(new Error('process killed once the change committed'));

          const response = await gql(query, { o: organizationId, c: contactId, w: webhookId });

          expect(response.errors).toBeUndefined();
          expect(afterAnswer).not.toHaveBeenCalled();
          expect((await outboxAuditOf(name)).map(({ outcome }) => outcome)).toEqual(['SUCCESS']);
        },
      );

      it('audits the removal of an unknown contact as refused, once, with nothing written', async () => {
        const response = await gql('mutation RemoveNobody($c: ID!) { removeContact(id: $c) }', {
          c: randomUUID(),
        });

        expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        const written = await waitFor(
          () => outboxAuditOf('RemoveNobody'),
          (rows) => rows.length > 0,
        );
        expect(written.map(({ outcome }) => outcome)).toEqual(['NOT_FOUND']);
      });
    });
  });
});
