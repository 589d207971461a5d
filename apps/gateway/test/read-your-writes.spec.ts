import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { completeSiret } from '@symbiose/sirene';
import { bearer, startTestSystem, testToken, TestSystem, waitFor } from '@symbiose/testing';

/**
 * Read your writes across services: once the directory has answered a mutation, a call to
 * another service that names what it created is judged on it, though that service's replica
 * of the directory has not yet heard the event. Every call here goes as a facilitator of the
 * territory, whom the services judge by the replica, and follows its mutation at once.
 */
jest.setTimeout(300_000);

const FIRMS = 100;
/**
 * Firms registered at once. Each is used the moment its registration answers; more at once
 * would measure the directory's connection pool on a test machine, not the replicas.
 */
const CONCURRENT_FIRMS = 10;
const NEW_ZONES = 10;
const CAHORS_SUD = { latitude: 44.4012, longitude: 1.4521 };

const REGISTER = `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`;
const PLAN = `mutation ($input: PlanInterviewInput!) { planInterview(input: $input) { id } }`;
const DECLARE = `mutation ($input: RecordDeclarationInput!) { recordDeclaration(input: $input) { id } }`;
const ATTEND = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { personName } }`;
const SYNERGIES_OF = `query ($id: ID!) { organization(id: $id) { name synergies { totalCount } } }`;
const CREATE_ZONE = `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`;
const SCHEDULE = `mutation ($input: ScheduleWorkshopInput!) { scheduleWorkshop(input: $input) { id } }`;
const RECOMPUTE = `mutation ($zoneId: ID!) { requestRecompute(zoneId: $zoneId) { zoneId } }`;
const INTERVIEWS_IN = `query ($zoneId: ID!) { interviews(filter: { zoneId: $zoneId }) { totalCount } }`;

interface Refusal {
  step: string;
  message: string;
  code: unknown;
}

describe('read your writes across services', () => {
  let system: TestSystem;
  let territoryId: string;
  let zoneId: string;
  let workshopId: string;
  let facilitator: Record<string, string>;

  beforeAll(async () => {
    system = await startTestSystem('read-your-writes');
    const territory = await system.gql(
      `mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`,
    );
    territoryId = territory.data?.createTerritory.id;
    facilitator = bearer(await testToken('FACILITATOR', { territoryIds: [territoryId] }));
    const zone = await system.gql(CREATE_ZONE, {
      input: { territoryId, name: 'Cahors Sud', kind: 'MIXED', ...CAHORS_SUD },
    });
    zoneId = zone.data?.createZone.id;
    const scheduled = await system.gql(
      SCHEDULE,
      {
        input: {
          zoneId,
          kind: 'NETWORKING',
          title: 'Rencontre des entreprises',
          startsAt: '2025-03-16T09:00:00+01:00',
          endsAt: '2025-03-16T12:00:00+01:00',
        },
      },
      facilitator,
    );
    expect(scheduled.errors).toBeUndefined();
    workshopId = scheduled.data?.scheduleWorkshop.id;
  });

  afterAll(async () => {
    await system?.stop();
  });

  /** Runs a call as the facilitator and records it when it is refused. */
  async function call(
    refusals: Refusal[],
    step: string,
    query: string,
    variables: Record<string, unknown>,
  ) {
    const response = await system.gql(query, variables, facilitator);
    for (const error of response.errors ?? []) {
      refusals.push({ step, message: error.message, code: error.extensions?.['code'] });
    }
    return response;
  }

  it(`lets ${FIRMS} firms, each used at once by the other services, through with no refusal`, async () => {
    const refusals: Refusal[] = [];
    const started = Date.now();
    let nextFirm = 0;
    const useFirm = async (index: number) => {
      const registered = await call(refusals, 'registerOrganization', REGISTER, {
        input: {
          siret: completeSiret(`7${String(index).padStart(12, '0')}`),
          name: `Entreprise ${index}`,
          kind: 'COMPANY',
          nafCode: '49.41A',
          zoneId,
          ...CAHORS_SUD,
        },
      });
      const organizationId = registered.data?.registerOrganization.id;
      if (!organizationId) return;
      const [planned] = await Promise.all([
        call(refusals, 'planInterview', PLAN, {
          input: { organizationId, interviewer: 'Anne Delpech', plannedFor: '2025-03-04' },
        }),
        call(refusals, 'recordAttendance', ATTEND, {
          input: { workshopId, personName: `Dirigeant ${index}`, organizationId },
        }),
        call(refusals, 'Organization.synergies', SYNERGIES_OF, { id: organizationId }),
      ]);
      await call(refusals, 'recordDeclaration', DECLARE, {
        input: {
          organizationId,
          interviewId: planned.data?.planInterview.id,
          kind: 'NEED',
          theme: 'SERVICES',
          categoryCode: 'SERVICE_SECURITY_GUARDING',
          label: 'Gardiennage de nuit',
        },
      });
    };
    await Promise.all(
      Array.from({ length: CONCURRENT_FIRMS }, async () => {
        while (nextFirm < FIRMS) await useFirm(nextFirm++);
      }),
    );
    expect(refusals).toEqual([]);
    // Each firm's calls were judged by the replicas, which had to fill themselves: the test
    // means nothing if the events had all arrived first.
    expect(Date.now() - started).toBeLessThan(120_000);
  });

  it(`lets ${NEW_ZONES} zones and a territory, each used at once by the other services, through`, async () => {
    const refusals: Refusal[] = [];
    await Promise.all(
      Array.from({ length: NEW_ZONES }, async (_, index) => {
        const created = await system.gql(CREATE_ZONE, {
          input: {
            territoryId,
            name: `Zone ${index}`,
            kind: 'INDUSTRIAL',
            latitude: 44.4 + index / 100,
            longitude: 1.45,
          },
        });
        const newZoneId = created.data?.createZone.id;
        if (!newZoneId) {
          refusals.push({
            step: 'createZone',
            message: JSON.stringify(created.errors),
            code: null,
          });
          return;
        }
        await Promise.all([
          call(refusals, 'scheduleWorkshop', SCHEDULE, {
            input: {
              zoneId: newZoneId,
              kind: 'NETWORKING',
              title: `Rencontre ${index}`,
              startsAt: '2025-04-01T09:00:00+02:00',
              endsAt: '2025-04-01T11:00:00+02:00',
            },
          }),
          call(refusals, 'requestRecompute', RECOMPUTE, { zoneId: newZoneId }),
          call(refusals, 'interviews', INTERVIEWS_IN, { zoneId: newZoneId }),
        ]);
      }),
    );

    const territory = await system.gql(
      `mutation { createTerritory(input: { name: "Causse de Limogne" }) { id } }`,
    );
    const newTerritoryId = territory.data?.createTerritory.id;
    const ofNewTerritory = bearer(
      await testToken('FACILITATOR', { territoryIds: [newTerritoryId] }),
    );
    const settings = await system.gql(
      `query ($id: ID!) { matchingSettings(territoryId: $id) { version isDefault } }`,
      { id: newTerritoryId },
      ofNewTerritory,
    );
    expect(settings.errors).toBeUndefined();
    expect(settings.data?.matchingSettings).toEqual({ version: 1, isDefault: true });
    expect(refusals).toEqual([]);
  });

  it('still refuses an id the directory does not know, and writes nothing for it', async () => {
    const unknown = randomUUID();
    const planned = await system.gql(PLAN, {
      input: { organizationId: unknown, interviewer: 'Anne Delpech', plannedFor: '2025-03-04' },
    });
    expect(planned.errors?.[0]).toMatchObject({
      message: `organizationId ${unknown} names nothing that exists or that you may reach`,
      extensions: { code: 'NOT_FOUND', field: 'organizationId' },
    });
    const asFacilitator = await system.gql(
      PLAN,
      { input: { organizationId: unknown, interviewer: 'Anne Delpech' } },
      facilitator,
    );
    expect(asFacilitator.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    const schedule = await system.gql(SCHEDULE, {
      input: {
        zoneId: unknown,
        kind: 'NETWORKING',
        title: 'Nulle part',
        startsAt: '2025-04-01T09:00:00+02:00',
        endsAt: '2025-04-01T11:00:00+02:00',
      },
    });
    expect(schedule.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'zoneId',
    });

    const database = new Client({ connectionString: system.databaseUrl });
    await database.connect();
    try {
      for (const schema of ['interviews', 'synergy', 'workshops']) {
        const { rows } = await database.query(
          `SELECT count(*)::int AS count FROM ${schema}.organization WHERE organization_id = $1`,
          [unknown],
        );
        expect({ schema, count: rows[0].count }).toEqual({ schema, count: 0 });
      }
    } finally {
      await database.end();
    }
  });

  it('converges with the events: each replica ends with the directory’s firms, once each', async () => {
    const database = new Client({ connectionString: system.databaseUrl });
    await database.connect();
    try {
      for (const schema of ['interviews', 'synergy', 'workshops']) {
        const settled = await waitFor(
          async () =>
            (
              await database.query(
                `SELECT count(*)::int AS count FROM ${schema}.organization o
                   JOIN directory.organization d ON d.id = o.organization_id
                  WHERE o.zone_id = d.zone_id AND o.name = d.name`,
              )
            ).rows[0].count,
          (count) => count === FIRMS,
          { timeoutMs: 60_000, intervalMs: 250 },
        );
        expect({ schema, count: settled }).toEqual({ schema, count: FIRMS });
      }
    } finally {
      await database.end();
    }
  });
});
