import { Client } from 'pg';
import { completeSiret } from '@symbiose/sirene';
import { startTestSystem, TestSystem, waitFor } from '@symbiose/testing';

/**
 * Interviews and declarations through the gateway, against the built
 * services: data that spans subgraphs, and the directory's changes reaching
 * the interviews service through its events.
 */
jest.setTimeout(180_000);

const REGISTER = `mutation ($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { id }
}`;
const RECORD = `mutation ($input: RecordDeclarationInput!) {
  recordDeclaration(input: $input) { id annualQuantity canonicalUnit hazardous }
}`;
const ZONE_COUNTS = `query ($id: ID!) { zone(id: $id) { name needCount resourceCount interviewCount } }`;

describe('interviews and declarations behind the gateway', () => {
  let system: TestSystem;
  let cahorsSud: string;
  let regourd: string;
  let firm: string;

  /** The interviews service learns of an organization from the directory's events. */
  async function plan(organizationId: string) {
    return waitFor(
      () =>
        system.gql(
          `mutation ($input: PlanInterviewInput!) { planInterview(input: $input) { id status gridVersion } }`,
          { input: { organizationId, interviewer: 'Anne Delpech', plannedFor: '2025-03-04' } },
        ),
      (response) => response.errors === undefined,
    );
  }

  beforeAll(async () => {
    system = await startTestSystem('interviews');
    const territory = await system.gql(
      `mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`,
    );
    const territoryId = territory.data?.createTerritory.id;
    const createZone = `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`;
    const zone = (name: string, latitude: number) =>
      system.gql(createZone, {
        input: { territoryId, name, kind: 'MIXED', latitude, longitude: 1.45 },
      });
    cahorsSud = (await zone('Cahors Sud', 44.405)).data?.createZone.id;
    regourd = (await zone('Regourd', 44.455)).data?.createZone.id;
    const registered = await system.gql(REGISTER, {
      input: {
        siret: completeSiret('7000000000001'),
        name: 'Menuiserie Lacoste',
        kind: 'COMPANY',
        nafCode: '16.23Z',
        zoneId: cahorsSud,
        latitude: 44.404,
        longitude: 1.451,
      },
    });
    firm = registered.data?.registerOrganization.id;
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('runs an interview on the Cahors Sud grid and records what the firm needs and has', async () => {
    const planned = await plan(firm);
    expect(planned.data?.planInterview).toMatchObject({ status: 'PLANNED', gridVersion: 1 });
    const interviewId = planned.data?.planInterview.id;

    await system.gql(`mutation ($id: ID!) { startInterview(id: $id) { status } }`, {
      id: interviewId,
    });
    const answered = await system.gql(
      `mutation ($input: RecordAnswerInput!) { recordAnswer(input: $input) { answers { questionKey value } } }`,
      { input: { interviewId, questionKey: 'waste.sorted_on_site', value: true } },
    );
    expect(answered.data?.recordAnswer.answers).toEqual([
      { questionKey: 'waste.sorted_on_site', value: true },
    ]);

    const pallets = await system.gql(RECORD, {
      input: {
        organizationId: firm,
        interviewId,
        kind: 'RESOURCE',
        theme: 'MATERIALS_WASTE',
        categoryCode: 'WASTE_WOOD',
        label: 'Chutes de bois et palettes',
        quantity: 500,
        unit: 'kg',
        frequency: 'WEEKLY',
        wasteCode: '15 01 03',
      },
    });
    expect(pallets.errors).toBeUndefined();
    expect(pallets.data?.recordDeclaration).toMatchObject({
      annualQuantity: 26,
      canonicalUnit: 't',
      hazardous: false,
    });
    const guarding = await system.gql(RECORD, {
      input: {
        organizationId: firm,
        interviewId,
        kind: 'NEED',
        theme: 'SERVICES',
        categoryCode: 'SERVICE_SECURITY_GUARDING',
        label: 'Gardiennage de nuit',
        quantity: 10,
        unit: 'h',
        frequency: 'WEEKLY',
      },
    });
    expect(guarding.errors).toBeUndefined();

    const completed = await system.gql(
      `mutation ($input: CompleteInterviewInput!) { completeInterview(input: $input) { status conductedOn } }`,
      { input: { id: interviewId, conductedOn: '2025-03-04' } },
    );
    expect(completed.data?.completeInterview).toEqual({
      status: 'COMPLETED',
      conductedOn: '2025-03-04',
    });

    const late = await system.gql(RECORD, {
      input: {
        organizationId: firm,
        interviewId,
        kind: 'NEED',
        theme: 'SERVICES',
        categoryCode: 'SERVICE_VIDEO_SURVEILLANCE',
        label: 'Vidéosurveillance',
      },
    });
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'interviewId',
    });
  });

  it('answers for an organization from two subgraphs in one request', async () => {
    const response = await system.gql(
      `query ($id: ID!) {
        organization(id: $id) {
          name
          zone { name }
          interviews(first: 5) { totalCount nodes { status } }
          declarations(first: 10) { totalCount nodes { kind categoryCode category { labelFr } } }
        }
      }`,
      { id: firm },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.organization).toMatchObject({
      name: 'Menuiserie Lacoste',
      zone: { name: 'Cahors Sud' },
      interviews: { totalCount: 1, nodes: [{ status: 'COMPLETED' }] },
      declarations: { totalCount: 2 },
    });
    expect(
      response.data?.organization.declarations.nodes.map((node: { kind: string }) => node.kind),
    ).toEqual(expect.arrayContaining(['NEED', 'RESOURCE']));
  });

  it('writes each declaration event once, with the snapshot the engine needs', async () => {
    const client = new Client({ connectionString: system.databaseUrl });
    await client.connect();
    try {
      const events = await waitFor(
        async () =>
          (
            await client.query(
              `SELECT type, payload, published_at FROM interviews.outbox_event
                WHERE type LIKE 'declaration.%' ORDER BY occurred_at`,
            )
          ).rows,
        (rows) => rows.every((row) => row.published_at !== null),
      );
      expect(events.map((event) => event.type)).toEqual([
        'declaration.recorded',
        'declaration.recorded',
      ]);
      expect(events[0].payload).toMatchObject({
        organizationId: firm,
        zoneId: cahorsSud,
        latitude: 44.404,
        longitude: 1.451,
        kind: 'RESOURCE',
        categoryCode: 'WASTE_WOOD',
        annualQuantity: 26,
        canonicalUnit: 't',
        wasteCode: '150103',
        hazardous: false,
        status: 'ACTIVE',
      });
      const completed = await client.query(
        `SELECT payload FROM interviews.outbox_event WHERE type = 'interview.completed'`,
      );
      expect(completed.rows).toHaveLength(1);
      expect(completed.rows[0].payload).toMatchObject({ needCount: 1, resourceCount: 1 });
    } finally {
      await client.end();
    }
  });

  it("moves the firm's needs and resources with it when the directory moves it to another zone", async () => {
    expect((await system.gql(ZONE_COUNTS, { id: cahorsSud })).data?.zone).toEqual({
      name: 'Cahors Sud',
      needCount: 1,
      resourceCount: 1,
      interviewCount: 1,
    });

    const moved = await system.gql(
      `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { zone { name } } }`,
      { input: { id: firm, zoneId: regourd } },
    );
    expect(moved.data?.updateOrganization.zone.name).toBe('Regourd');

    const regourdCounts = await waitFor(
      async () => (await system.gql(ZONE_COUNTS, { id: regourd })).data?.zone,
      (zone) => zone?.needCount === 1,
    );
    expect(regourdCounts).toMatchObject({ needCount: 1, resourceCount: 1, interviewCount: 1 });
    expect((await system.gql(ZONE_COUNTS, { id: cahorsSud })).data?.zone).toMatchObject({
      needCount: 0,
      resourceCount: 0,
      interviewCount: 0,
    });
  });

  it('refuses a declaration for an archived organization, naming the field', async () => {
    const registered = await system.gql(REGISTER, {
      input: {
        siret: completeSiret('7000000000002'),
        name: 'Fermée SARL',
        kind: 'COMPANY',
        zoneId: cahorsSud,
      },
    });
    const id = registered.data?.registerOrganization.id;
    await system.gql(`mutation ($id: ID!) { archiveOrganization(id: $id) { status } }`, { id });
    const client = new Client({ connectionString: system.databaseUrl });
    await client.connect();
    try {
      const replicaStatus = async () =>
        (
          await client.query(
            'SELECT status FROM interviews.organization WHERE organization_id = $1',
            [id],
          )
        ).rows[0]?.status;
      expect(await waitFor(replicaStatus, (status) => status === 'ARCHIVED')).toBe('ARCHIVED');

      const refused = await system.gql(RECORD, {
        input: {
          organizationId: id,
          kind: 'NEED',
          theme: 'SERVICES',
          categoryCode: 'SERVICE_SECURITY_GUARDING',
          label: 'Gardiennage',
        },
      });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'organizationId',
      });
      expect(refused.errors?.[0].message).toContain('archived');
      const written = await client.query(
        'SELECT count(*)::int AS n FROM interviews.declaration WHERE organization_id = $1',
        [id],
      );
      expect(written.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('serves the grid, the taxonomy and the rest of the interview and declaration operations', async () => {
    const reference = await system.gql(`{
      interviewGrid(version: 1) { version sections { theme } }
      categories(theme: MATERIALS_WASTE) { code dimension canonicalUnit }
      wasteCodes(search: "150103") { nodes { code formatted hazardous } }
    }`);
    expect(reference.errors).toBeUndefined();
    expect(reference.data?.interviewGrid.sections.map((s: { theme: string }) => s.theme)).toEqual([
      'SERVICES',
      'EQUIPMENT',
      'MATERIALS_WASTE',
      'HR_ANIMATION',
      'FLUIDS',
    ]);
    expect(reference.data?.categories).toContainEqual({
      code: 'WASTE_WOOD',
      dimension: 'MASS',
      canonicalUnit: 't',
    });
    expect(reference.data?.wasteCodes.nodes).toEqual([
      { code: '150103', formatted: '15 01 03', hazardous: false },
    ]);

    const current = await system.gql(
      `query ($id: ID!) {
        organization(id: $id) {
          interviews(first: 5) { nodes { id } }
          declarations(first: 10) { nodes { id categoryCode } }
        }
      }`,
      { id: firm },
    );
    const [interview] = current.data?.organization.interviews.nodes ?? [];
    const declarationOf = (code: string) =>
      current.data?.organization.declarations.nodes.find(
        (node: { categoryCode: string }) => node.categoryCode === code,
      ).id;

    const amended = await system.gql(
      `mutation ($input: AmendInterviewInput!) { amendInterview(input: $input) { notes amendments { reason before after } } }`,
      {
        input: {
          interviewId: interview.id,
          reason: 'Relu avec le dirigeant',
          notes: 'Deux palettes par jour',
        },
      },
    );
    expect(amended.data?.amendInterview).toEqual({
      notes: 'Deux palettes par jour',
      amendments: [
        {
          reason: 'Relu avec le dirigeant',
          before: { notes: null },
          after: { notes: 'Deux palettes par jour' },
        },
      ],
    });

    const updated = await system.gql(
      `mutation ($input: UpdateDeclarationInput!) { updateDeclaration(input: $input) { annualQuantity canonicalUnit } }`,
      {
        input: {
          id: declarationOf('SERVICE_SECURITY_GUARDING'),
          quantity: 20,
          unit: 'h',
          frequency: 'WEEKLY',
        },
      },
    );
    expect(updated.data?.updateDeclaration).toEqual({ annualQuantity: 1040, canonicalUnit: 'h' });

    const withdrawn = await system.gql(
      `mutation ($id: ID!) { withdrawDeclaration(id: $id) { status } }`,
      { id: declarationOf('WASTE_WOOD') },
    );
    expect(withdrawn.data?.withdrawDeclaration.status).toBe('WITHDRAWN');
    const summary = await system.gql(
      `query ($zoneId: ID!) {
        needsSummary(zoneId: $zoneId) { needCount resourceCount byTheme { theme needCount } }
        declarations(filter: { zoneId: $zoneId, status: ACTIVE }) { totalCount }
        zone(id: $zoneId) { needCount resourceCount }
      }`,
      { zoneId: regourd },
    );
    expect(summary.data?.needsSummary).toMatchObject({ needCount: 1, resourceCount: 0 });
    expect(summary.data?.needsSummary.byTheme).toContainEqual({ theme: 'SERVICES', needCount: 1 });
    expect(summary.data?.declarations.totalCount).toBe(1);
    expect(summary.data?.zone).toEqual({ needCount: 1, resourceCount: 0 });

    const planned = await plan(firm);
    const cancelled = await system.gql(
      `mutation ($input: CancelInterviewInput!) { cancelInterview(input: $input) { status cancellationReason } }`,
      { input: { id: planned.data?.planInterview.id, reason: 'Dirigeant absent' } },
    );
    expect(cancelled.data?.cancelInterview).toEqual({
      status: 'CANCELLED',
      cancellationReason: 'Dirigeant absent',
    });
    const byStatus = await system.gql(
      `query ($id: ID!) { interviews(filter: { organizationId: $id, status: CANCELLED }) { totalCount } }`,
      { id: firm },
    );
    expect(byStatus.data?.interviews.totalCount).toBe(1);
  });
});
