import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { completeSiret } from '@symbiose/sirene';
import { bearer, startTestSystem, testToken, TestSystem, waitFor } from '@symbiose/testing';

/**
 * The workshops' copy of the engine's synergies, proven equal to the engine's and repaired
 * where it is not, on demand (checkSynergyCopy) and by itself every SYNERGY_COPY_CHECK_MS.
 */
jest.setTimeout(180_000);

const CHECK_EVERY_MS = 2000;
const CAHORS_SUD = { latitude: 44.4012, longitude: 1.4521 };
const CHECK = `mutation { checkSynergyCopy {
  territoriesChecked territoriesDiffering synergiesRepaired synergiesUnknownToEngine consistent } }`;

interface CopiedRow {
  synergy_id: string;
  zone_ids: string[];
  status: string;
  obsolete: boolean;
}

/** A running system with a territory whose synergies the workshops have copied. */
class SystemWithSynergies {
  territoryId = '';

  private constructor(
    readonly system: TestSystem,
    readonly db: Client,
  ) {}

  static async start(label: string, env: Record<string, string> = {}) {
    const system = await startTestSystem(label, { env });
    const db = new Client({ connectionString: system.databaseUrl });
    await db.connect();
    const started = new SystemWithSynergies(system, db);
    await started.createSynergies();
    return started;
  }

  async stop(): Promise<void> {
    await this.db.end();
    await this.system.stop();
  }

  /** The engine's synergies and the workshops' copy, as comparable rows in id order. */
  async bothSides(): Promise<{ engine: CopiedRow[]; copy: CopiedRow[] }> {
    const columns = 'zone_ids, status, obsolete';
    const engine = await this.db.query<CopiedRow>(
      `SELECT id AS synergy_id, ${columns} FROM synergy.synergy
        WHERE territory_id = $1 ORDER BY id`,
      [this.territoryId],
    );
    const copy = await this.db.query<CopiedRow>(
      `SELECT synergy_id, ${columns} FROM workshops.synergy WHERE territory_id = $1
        ORDER BY synergy_id`,
      [this.territoryId],
    );
    return { engine: engine.rows, copy: copy.rows };
  }

  /** Waits until the copy equals the engine's synergies; returns them. */
  async copied(timeoutMs: number): Promise<CopiedRow[]> {
    const { engine, copy } = await waitFor(
      () => this.bothSides(),
      ({ engine: source, copy: copied }) =>
        source.length >= 2 && JSON.stringify(copied) === JSON.stringify(source),
      { timeoutMs },
    );
    expect(engine.length).toBeGreaterThanOrEqual(2);
    expect(copy).toEqual(engine);
    return engine;
  }

  /** Six firms of one zone, three needing guarding and three a waste collection. */
  private async createSynergies(): Promise<void> {
    const territory = await this.system.gql(
      `mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`,
    );
    this.territoryId = territory.data?.createTerritory.id;
    const zone = await this.system.gql(
      `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
      {
        input: { territoryId: this.territoryId, name: 'Cahors Sud', kind: 'MIXED', ...CAHORS_SUD },
      },
    );
    for (let index = 0; index < 6; index += 1) {
      await this.registerWithNeed(index, zone.data?.createZone.id);
    }
    await this.copied(60_000);
  }

  private async registerWithNeed(index: number, zoneId: string): Promise<void> {
    const registered = await this.system.gql(
      `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
      {
        input: {
          siret: completeSiret(`8${String(index).padStart(12, '0')}`),
          name: `Atelier ${index}`,
          kind: 'COMPANY',
          nafCode: '25.62B',
          zoneId,
          ...CAHORS_SUD,
        },
      },
    );
    const organizationId = registered.data?.registerOrganization.id;
    const planned = await this.system.gql(
      `mutation ($input: PlanInterviewInput!) { planInterview(input: $input) { id } }`,
      { input: { organizationId, interviewer: 'Anne Delpech', plannedFor: '2025-03-04' } },
    );
    const declared = await this.system.gql(
      `mutation ($input: RecordDeclarationInput!) { recordDeclaration(input: $input) { id } }`,
      {
        input: {
          organizationId,
          interviewId: planned.data?.planInterview.id,
          kind: 'NEED',
          theme: 'SERVICES',
          categoryCode: index % 2 === 0 ? 'SERVICE_SECURITY_GUARDING' : 'SERVICE_WASTE_COLLECTION',
          label: 'Besoin partagé',
        },
      },
    );
    expect(declared.errors).toBeUndefined();
  }
}

describe('checkSynergyCopy', () => {
  let t: SystemWithSynergies;

  beforeAll(async () => {
    t = await SystemWithSynergies.start('synergy-copy-check');
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('repairs a copy that lost a synergy and changed another, and reports it', async () => {
    const { engine } = await t.bothSides();
    const [lost, changed] = engine.map((row) => row.synergy_id);
    const stranger = randomUUID();
    await t.db.query(`DELETE FROM workshops.synergy WHERE synergy_id = $1`, [lost]);
    await t.db.query(
      `UPDATE workshops.synergy SET zone_ids = '{}', status = 'DISMISSED' WHERE synergy_id = $1`,
      [changed],
    );
    await t.db.query(
      `INSERT INTO workshops.synergy (synergy_id, kind, territory_id, zone_ids, category_code,
         status, obsolete, source_occurred_at)
       VALUES ($1, 'B2B', $2, '{}', 'WASTE_WOOD', 'DETECTED', false, now())`,
      [stranger, t.territoryId],
    );

    const facilitator = bearer(await testToken('FACILITATOR', { territoryIds: [t.territoryId] }));
    const refused = await t.system.gql(CHECK, {}, facilitator);
    expect(refused.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');

    const checked = await t.system.gql(CHECK);
    expect(checked.errors).toBeUndefined();
    expect(checked.data?.checkSynergyCopy).toMatchObject({
      territoriesDiffering: 1,
      synergiesRepaired: 2,
      synergiesUnknownToEngine: 1,
      // The synergy the engine never had is left for someone to look at.
      consistent: false,
    });
    await t.db.query(`DELETE FROM workshops.synergy WHERE synergy_id = $1`, [stranger]);
    const after = await t.bothSides();
    expect(after.copy).toEqual(after.engine);

    const again = await t.system.gql(CHECK);
    expect(again.data?.checkSynergyCopy).toMatchObject({
      territoriesDiffering: 0,
      synergiesRepaired: 0,
      consistent: true,
    });
  });
});

describe(`the copy, checked every ${CHECK_EVERY_MS} ms`, () => {
  let t: SystemWithSynergies;

  beforeAll(async () => {
    t = await SystemWithSynergies.start('synergy-copy-sweep', {
      SYNERGY_COPY_CHECK_MS: String(CHECK_EVERY_MS),
    });
  });

  afterAll(async () => {
    await t?.stop();
  });

  /** The workshops' count of repaired rows of the copy. */
  async function repairsCounted(): Promise<number> {
    const metrics = await (await fetch(`${t.system.urls['workshops']}/metrics`)).text();
    const counted = /replica_rows_repaired_total\{[^}]*copy="synergy"[^}]*\} (\d+)/.exec(metrics);
    return Number(counted?.[1] ?? 0);
  }

  it('is repaired by itself, and the repair counted in the metrics', async () => {
    const [drifted] = await t.copied(10_000);
    const countedBefore = await repairsCounted();
    await t.db.query(
      `UPDATE workshops.synergy SET obsolete = NOT obsolete, status = 'ABANDONED'
        WHERE synergy_id = $1`,
      [drifted.synergy_id],
    );
    // Two checks in a row see it before it is taken for a loss, not an event on its way.
    await t.copied(5 * CHECK_EVERY_MS);
    expect(await repairsCounted()).toBe(countedBefore + 1);
  });
});
