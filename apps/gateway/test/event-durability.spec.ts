import { Queue } from 'bullmq';
import { Client } from 'pg';
import { eventQueueName } from '@symbiose/contracts';
import { RedisConnection } from '@symbiose/platform';
import { completeSiret } from '@symbiose/sirene';
import {
  deleteQueueKeys,
  startTestSystem,
  TEST_REDIS_URL,
  TestSystem,
  waitFor,
} from '@symbiose/testing';

/**
 * An event outlives Redis: the workshops fall behind, Redis loses every job it had acknowledged
 * for them, and the producers' outboxes deliver those events again, with nobody acting and with
 * the services' default timings. The copy check, which would also repair the synergies, is set
 * not to run.
 */
jest.setTimeout(240_000);

const CAHORS_SUD = { latitude: 44.4012, longitude: 1.4521 };
const WORKSHOPS_QUEUE = eventQueueName('workshops');
const PRODUCERS = ['directory', 'interviews', 'synergy'] as const;

interface SynergyRow {
  synergy_id: string;
  zone_ids: string[];
  status: string;
  obsolete: boolean;
}

describe('events Redis lost on their way to the workshops', () => {
  let system: TestSystem;
  let db: Client;
  let workshopsQueue: Queue;

  beforeAll(async () => {
    system = await startTestSystem('event-durability', {
      env: { SYNERGY_COPY_CHECK_MS: '86400000' },
    });
    db = new Client({ connectionString: system.databaseUrl });
    await db.connect();
    const redis = new RedisConnection(TEST_REDIS_URL, system.queuePrefix);
    workshopsQueue = new Queue(WORKSHOPS_QUEUE, redis.producerOptions());
  });

  afterAll(async () => {
    await workshopsQueue?.close();
    await db?.end();
    await system?.stop();
  });

  /** The engine's synergies and the workshops' copy, comparable, in id order. */
  async function bothSides(): Promise<{ engine: SynergyRow[]; copy: SynergyRow[] }> {
    const columns = 'zone_ids, status, obsolete';
    const engine = await db.query<SynergyRow>(
      `SELECT id AS synergy_id, ${columns} FROM synergy.synergy ORDER BY id`,
    );
    const copy = await db.query<SynergyRow>(
      `SELECT synergy_id, ${columns} FROM workshops.synergy ORDER BY synergy_id`,
    );
    return { engine: engine.rows, copy: copy.rows };
  }

  /** Every event each producer published to the workshops, with how often their inbox has it. */
  async function workshopsEvents(): Promise<{ id: string; type: string; inbox: number }[]> {
    const published = PRODUCERS.map(
      (schema) =>
        `SELECT d.event_id, e.type FROM ${schema}.outbox_delivery d
           JOIN ${schema}.outbox_event e ON e.id = d.event_id
          WHERE d.subscriber = 'workshops'`,
    ).join(' UNION ALL ');
    const { rows } = await db.query<{ id: string; type: string; inbox: number }>(
      `SELECT p.event_id AS id, p.type,
              (SELECT count(*)::int FROM workshops.inbox_event i
                WHERE i.consumer = 'workshops' AND i.event_id = p.event_id) AS inbox
         FROM (${published}) p ORDER BY p.event_id`,
    );
    return rows;
  }

  async function openWorkshopsDeliveries(): Promise<number> {
    const open = PRODUCERS.map(
      (schema) =>
        `(SELECT count(*) FROM ${schema}.outbox_delivery
           WHERE subscriber = 'workshops' AND acknowledged_at IS NULL)`,
    ).join(' + ');
    const { rows } = await db.query<{ open: number }>(`SELECT (${open})::int AS open`);
    return rows[0].open;
  }

  /**
   * The events published to the workshops once the services are done with the changes: every
   * outbox published and the list unchanged over a few seconds (recomputes follow each other).
   */
  async function settled(): Promise<{ id: string; type: string; inbox: number }[]> {
    const unpublished = PRODUCERS.map(
      (schema) => `(SELECT count(*) FROM ${schema}.outbox_event WHERE published_at IS NULL)`,
    ).join(' + ');
    const deadline = Date.now() + 90_000;
    let previous = '';
    for (let stable = 0; stable < 3 && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const { rows } = await db.query<{ unpublished: number }>(
        `SELECT (${unpublished})::int AS unpublished`,
      );
      const current = JSON.stringify(await workshopsEvents());
      stable = rows[0].unpublished === 0 && current === previous ? stable + 1 : 0;
      previous = current;
    }
    return workshopsEvents();
  }

  async function metric(service: string, pattern: RegExp): Promise<number> {
    const text = await (await fetch(`${system.urls[service]}/metrics`)).text();
    return Number(pattern.exec(text)?.[1] ?? 0);
  }

  /** Six firms of one zone needing guarding or a waste collection: two collective synergies. */
  async function createSynergies(): Promise<void> {
    const territory = await system.gql(
      `mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`,
    );
    const zone = await system.gql(
      `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
      {
        input: {
          territoryId: territory.data?.createTerritory.id,
          name: 'Cahors Sud',
          kind: 'MIXED',
          ...CAHORS_SUD,
        },
      },
    );
    for (let index = 0; index < 6; index += 1) {
      const registered = await system.gql(
        `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
        {
          input: {
            siret: completeSiret(`7${String(index).padStart(12, '0')}`),
            name: `Atelier ${index}`,
            kind: 'COMPANY',
            nafCode: '25.62B',
            zoneId: zone.data?.createZone.id,
            ...CAHORS_SUD,
          },
        },
      );
      const organizationId = registered.data?.registerOrganization.id;
      const planned = await system.gql(
        `mutation ($input: PlanInterviewInput!) { planInterview(input: $input) { id } }`,
        { input: { organizationId, interviewer: 'Anne Delpech', plannedFor: '2025-03-04' } },
      );
      const declared = await system.gql(
        `mutation ($input: RecordDeclarationInput!) { recordDeclaration(input: $input) { id } }`,
        {
          input: {
            organizationId,
            interviewId: planned.data?.planInterview.id,
            kind: 'NEED',
            theme: 'SERVICES',
            categoryCode:
              index % 2 === 0 ? 'SERVICE_SECURITY_GUARDING' : 'SERVICE_WASTE_COLLECTION',
            label: 'Besoin partagé',
          },
        },
      );
      expect(declared.errors).toBeUndefined();
    }
  }

  it('catches up from the outboxes, each event applied once', async () => {
    // The workshops fall behind: their consumer takes nothing from its queue.
    await workshopsQueue.pause();
    await createSynergies();
    const pending = await settled();
    expect((await bothSides()).engine.length).toBeGreaterThanOrEqual(2);
    expect(pending.map((event) => event.type)).toEqual(
      expect.arrayContaining(['organization.registered', 'zone.created', 'synergy.detected']),
    );
    expect(pending.every((event) => event.inbox === 0)).toBe(true);
    expect(await workshopsQueue.getWaitingCount()).toBe(pending.length);
    expect((await bothSides()).copy).toEqual([]);

    // Redis loses every job it had acknowledged for the workshops (and the pause with them).
    await deleteQueueKeys(`${system.queuePrefix}:${WORKSHOPS_QUEUE}`);
    const lostAt = Date.now();

    const caughtUp = await waitFor(
      () => workshopsEvents(),
      (events) => events.every((event) => event.inbox === 1),
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    const recoveryMs = Date.now() - lostAt;
    // Later events (a recompute that came after) may join them, each once too.
    expect(caughtUp).toEqual(
      expect.arrayContaining(pending.map((event) => ({ ...event, inbox: 1 }))),
    );
    const { engine, copy } = await waitFor(
      () => bothSides(),
      (sides) => JSON.stringify(sides.copy) === JSON.stringify(sides.engine),
    );
    expect(copy).toEqual(engine);
    expect(
      await waitFor(
        () => openWorkshopsDeliveries(),
        (open) => open === 0,
      ),
    ).toBe(0);

    const republished = system.logLines.flatMap(
      ({ line }) => /re-published [a-z_.]+ ([0-9a-f-]{36}) to workshops/.exec(line)?.[1] ?? [],
    );
    expect(republished).toEqual(expect.arrayContaining(pending.map((event) => event.id)));
    const lostSynergyEvents = pending.filter((event) => event.type.startsWith('synergy.'));
    expect(
      await metric(
        'synergy-engine',
        /outbox_republished_events_total\{[^}]*subscriber="workshops"[^}]*\} (\d+)/,
      ),
    ).toBeGreaterThanOrEqual(lostSynergyEvents.length);
    // The copy check did not run: the events themselves repaired the copy.
    expect(
      await metric('workshops', /replica_rows_repaired_total\{[^}]*copy="synergy"[^}]*\} (\d+)/),
    ).toBe(0);
    process.stdout.write(
      `event durability: ${pending.length} events lost, all applied ${recoveryMs} ms after the loss\n`,
    );
  });
});
