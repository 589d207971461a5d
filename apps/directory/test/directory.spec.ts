import { DataSource, Not } from 'typeorm';
import { OutboxEvent } from '@symbiose/platform';
import { completeSiret } from '@symbiose/sirene';
import { startTestService, TestService } from '@symbiose/service-testing';
import { AppModule } from '../src/app.module';
import { DIRECTORY_DATABASE } from '../src/directory.database';

const AUDIT_EVENT = 'audit.recorded';

jest.setTimeout(60_000);

const ORGANIZATIONS_WITH_ZONES = `query ($first: Int!) {
  organizations(first: $first) { nodes { name zone { name territory { name } } contacts { name } } }
}`;

/**
 * The outbox and webhook relays poll in the background, and the consumer stores the audit of
 * earlier mutations and looks for their webhooks: their queries are not the request's.
 */
function isBackgroundQuery(sql: string): boolean {
  return /outbox_event|outbox_delivery|inbox_event|audit_entry|webhook_|^(START TRANSACTION|COMMIT|ROLLBACK)/.test(
    sql,
  );
}

describe('directory service (PostgreSQL)', () => {
  let service: TestService;
  let dataSource: DataSource;
  const gql: TestService['gql'] = (query, variables) => service.gql(query, variables);

  let territoryId: string;
  const zoneIds: string[] = [];

  /** The types of the change events in the outbox, without the audit of each mutation. */
  async function outboxTypes(): Promise<string[]> {
    const events = await dataSource
      .getRepository(OutboxEvent)
      .find({ where: { type: Not(AUDIT_EVENT) }, order: { occurredAt: 'ASC' } });
    return events.map((event) => event.type);
  }

  beforeAll(async () => {
    service = await startTestService(AppModule, DIRECTORY_DATABASE.schema, 'directory');
    dataSource = service.dataSource;

    const territory = await gql(
      `mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`,
    );
    territoryId = territory.data?.createTerritory.id;
    for (const [index, name] of ['Cahors Sud', 'Regourd', 'Terre Rouge'].entries()) {
      const zone = await gql(
        `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
        {
          input: {
            territoryId,
            name,
            kind: 'MIXED',
            latitude: 44.4 + index / 100,
            longitude: 1.45,
          },
        },
      );
      zoneIds.push(zone.data?.createZone.id);
    }
    for (let index = 0; index < 60; index += 1) {
      const response = await gql(
        `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
        {
          input: {
            siret: completeSiret(`5${String(index).padStart(12, '0')}`),
            name: `Entreprise ${String(index).padStart(2, '0')}`,
            kind: 'COMPANY',
            zoneId: zoneIds[index % zoneIds.length],
          },
        },
      );
      expect(response.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('runs as many SQL queries for 50 organizations with their zones as for 5', async () => {
    const queries = jest.spyOn(dataSource.logger, 'logQuery');
    const countQueries = async (first: number) => {
      queries.mockClear();
      const response = await gql(ORGANIZATIONS_WITH_ZONES, { first });
      expect(response.data?.organizations.nodes).toHaveLength(first);
      expect(response.data?.organizations.nodes[0].zone.territory.name).toBe('Grand Cahors');
      return queries.mock.calls.filter(([sql]) => !isBackgroundQuery(sql)).length;
    };

    const forFive = await countQueries(5);
    const forFifty = await countQueries(50);
    queries.mockRestore();

    expect(forFifty).toBe(forFive);
    // The page, its count, then one batch each for zones, territories and contacts.
    expect(forFive).toBe(5);
  });

  it('writes one event per change, in the transaction of the change', async () => {
    await dataSource.getRepository(OutboxEvent).clear();
    const registered = await gql(
      `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
      {
        input: {
          siret: completeSiret('6000000000001'),
          name: 'Scierie du Lot',
          kind: 'COMPANY',
          nafCode: '16.10A',
          zoneId: zoneIds[0],
          latitude: 44.401,
          longitude: 1.452,
        },
      },
    );
    const id = registered.data?.registerOrganization.id;
    await gql(
      `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
      {
        input: { id, headcount: 12 },
      },
    );
    await gql(`mutation ($id: ID!) { archiveOrganization(id: $id) { id } }`, { id });
    await gql(`mutation ($id: ID!) { archiveOrganization(id: $id) { id } }`, { id });
    const refused = await gql(
      `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
      { input: { id, headcount: 13 } },
    );

    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await outboxTypes()).toEqual([
      'organization.registered',
      'organization.updated',
      'organization.archived',
    ]);
    const [archived] = await dataSource
      .getRepository(OutboxEvent)
      .findBy({ type: 'organization.archived' });
    expect(archived.payload).toMatchObject({
      organizationId: id,
      zoneId: zoneIds[0],
      territoryId,
      nafCode: '16.10A',
      headcount: 12,
      latitude: 44.401,
      longitude: 1.452,
      status: 'ARCHIVED',
    });
  });

  it('writes a zone event with the area of its perimeter', async () => {
    await dataSource.getRepository(OutboxEvent).clear();
    // A square of 0.01° by 0.01° at 44.4° N: about 1.11 km by 0.795 km.
    const perimeter = {
      type: 'Polygon',
      coordinates: [
        [
          [1.45, 44.4],
          [1.46, 44.4],
          [1.46, 44.41],
          [1.45, 44.41],
          [1.45, 44.4],
        ],
      ],
    };
    const updated = await gql(
      `mutation ($input: UpdateZoneInput!) { updateZone(input: $input) { areaKm2 perimeter } }`,
      { input: { id: zoneIds[1], perimeter } },
    );
    expect(updated.data?.updateZone.areaKm2).toBeCloseTo(0.884, 2);
    expect(updated.data?.updateZone.perimeter).toEqual(perimeter);
    const [event] = await dataSource.getRepository(OutboxEvent).findBy({ type: 'zone.updated' });
    expect((event.payload as { areaKm2: number }).areaKm2).toBeCloseTo(0.884, 2);
  });

  it('updates only the zone fields given, refusing bad ones with the field named', async () => {
    const update = `mutation ($input: UpdateZoneInput!) { updateZone(input: $input) { name kind latitude } }`;
    const renamed = await gql(update, { input: { id: zoneIds[2], name: 'Terre Rouge Est' } });
    expect(renamed.data?.updateZone).toEqual({
      name: 'Terre Rouge Est',
      kind: 'MIXED',
      latitude: 44.42,
    });
    const refused = await gql(update, { input: { id: zoneIds[2], latitude: 95 } });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'latitude',
    });
    const taken = await gql(update, { input: { id: zoneIds[2], name: 'Cahors Sud' } });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const renamedBack = await gql(update, { input: { id: zoneIds[2], name: 'Terre Rouge' } });
    expect(renamedBack.data?.updateZone.name).toBe('Terre Rouge');
  });

  it('adds and removes contacts, refusing a bad email with the field named', async () => {
    const firstPage = await gql(`{ organizations(first: 1) { nodes { id } } }`);
    const [organization] = firstPage.data?.organizations.nodes ?? [];
    const added = await gql(
      `mutation ($input: AddContactInput!) {
        addContact(input: $input) { id name organization { id contacts { id } } }
      }`,
      {
        input: {
          organizationId: organization.id,
          name: 'Claire Delmas',
          role: 'Responsable QSE',
          email: 'claire.delmas@example.fr',
          consentToContact: true,
        },
      },
    );
    const badEmail = await gql(
      `mutation ($input: AddContactInput!) { addContact(input: $input) { id } }`,
      {
        input: {
          organizationId: organization.id,
          name: 'X',
          email: 'not-an-email',
          consentToContact: false,
        },
      },
    );
    expect(badEmail.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });

    const contactsOf = async () =>
      (
        await gql(`query ($id: ID!) { organization(id: $id) { contacts { name } } }`, {
          id: organization.id,
        })
      ).data?.organization.contacts;
    expect(await contactsOf()).toEqual([{ name: 'Claire Delmas' }]);
    // The answer carries the parent's list, so a client's cached list is up to date at once.
    expect(added.data?.addContact.organization).toEqual({
      id: organization.id,
      contacts: [{ id: added.data?.addContact.id }],
    });

    const removed = await gql(`mutation ($id: ID!) { removeContact(id: $id) }`, {
      id: added.data?.addContact.id,
    });
    expect(removed.data?.removeContact).toBe(added.data?.addContact.id);
    expect(await contactsOf()).toEqual([]);
    const again = await gql(`mutation ($id: ID!) { removeContact(id: $id) }`, {
      id: added.data?.addContact.id,
    });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('refuses a NUL character or a lone surrogate in any text as BAD_USER_INPUT, writing only its audit', async () => {
    const written = async () =>
      (
        await dataSource.query(
          `SELECT (SELECT count(*)::int FROM organization) AS organizations,
                  (SELECT count(*)::int FROM contact) AS contacts,
                  (SELECT count(*)::int FROM outbox_event WHERE type <> $1) AS events`,
          [AUDIT_EVENT],
        )
      )[0];
    const before = await written();
    const firstPage = await gql(`{ organizations(first: 1) { nodes { id } } }`);
    const [organization] = firstPage.data?.organizations.nodes ?? [];

    const nul = await gql(
      `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`,
      {
        input: {
          siret: completeSiret('5999999999990'),
          name: 'Scierie\u0000du Lot',
          kind: 'COMPANY',
          zoneId: zoneIds[0],
        },
      },
    );
    expect(nul.data).toBeNull();
    expect(nul.errors?.[0]).toMatchObject({
      message: 'name: must not contain a NUL character (U+0000)',
      extensions: { code: 'BAD_USER_INPUT', field: 'name' },
    });
    const lone = await gql(
      `mutation ($input: AddContactInput!) { addContact(input: $input) { id } }`,
      {
        input: {
          organizationId: organization.id,
          name: 'Claire Delmas',
          role: 'Responsable \uD800QSE',
          consentToContact: false,
        },
      },
    );
    expect(lone.errors?.[0]).toMatchObject({
      message: 'role: must be well-formed Unicode text (got a lone surrogate U+D800)',
      extensions: { code: 'BAD_USER_INPUT', field: 'role' },
    });
    expect(await written()).toEqual(before);

    const audited: { operation: string; outcome: string }[] = await dataSource.query(
      `SELECT payload->>'operation' AS operation, payload->>'outcome' AS outcome
         FROM outbox_event
        WHERE type = $1 AND payload->>'operation' IN ('registerOrganization', 'addContact')
          AND payload->>'outcome' <> 'SUCCESS'`,
      [AUDIT_EVENT],
    );
    expect(audited).toEqual(
      expect.arrayContaining([
        { operation: 'registerOrganization', outcome: 'BAD_USER_INPUT' },
        { operation: 'addContact', outcome: 'BAD_USER_INPUT' },
      ]),
    );
  });

  it('counts the active organizations of each zone', async () => {
    const response = await gql(
      `query ($id: ID!) { territory(id: $id) { zones { name organizationCount } } }`,
      {
        id: territoryId,
      },
    );
    expect(response.data?.territory.zones).toEqual([
      { name: 'Cahors Sud', organizationCount: 20 },
      { name: 'Regourd', organizationCount: 20 },
      { name: 'Terre Rouge', organizationCount: 20 },
    ]);
  });

  it('refuses an ID argument that is not a UUID, naming it', async () => {
    const response = await gql(`{ zone(id: "cahors-sud") { name } }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
