import request from 'supertest';
import { DataSource, Not } from 'typeorm';
import { OutboxEvent } from '@symbiose/platform';
import { completeSiret } from '@symbiose/sirene';
import { startTestService, TestService } from '@symbiose/service-testing';
import { bearer, postGraphQL, testToken, waitFor } from '@symbiose/testing';
import { AppModule } from '../src/app.module';
import { DIRECTORY_DATABASE } from '../src/directory.database';
import { Organization } from '../src/core/organization/organization.entity';

jest.setTimeout(60_000);

const REGISTER = `mutation ($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { id authorisations { code } }
}`;
const UPDATE = `mutation ($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { authorisations { code } }
}`;
const AUTHORISATIONS = `query ($id: ID!) {
  organization(id: $id) { authorisations { code labelFr labelEn source } }
}`;

const ICPE_SOURCE =
  "Nomenclature des installations classées (Code de l'environnement, annexe à l'article R511-9)";

/**
 * An organization's authorisations through the directory's API and its import, against
 * PostgreSQL: checked, stored without duplicates and sorted, read back with what they mean, and
 * carried by every organization event.
 */
describe('organization authorisations (directory)', () => {
  let service: TestService;
  let dataSource: DataSource;
  let zoneId: string;

  const changeEvents = () =>
    dataSource.getRepository(OutboxEvent).find({
      where: { type: Not('audit.recorded') },
      order: { occurredAt: 'ASC' },
    });
  const codesOf = async (id: string) =>
    (await dataSource.getRepository(Organization).findOneByOrFail({ id })).authorisations;

  beforeAll(async () => {
    service = await startTestService(AppModule, DIRECTORY_DATABASE.schema, 'authorisations');
    dataSource = service.dataSource;
    const territory = await service.gql(
      `mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`,
    );
    const zone = await service.gql(
      `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
      {
        input: {
          territoryId: territory.data?.createTerritory.id,
          name: 'Cahors Sud',
          kind: 'MIXED',
          latitude: 44.4,
          longitude: 1.45,
        },
      },
    );
    zoneId = zone.data?.createZone.id;
  });

  afterAll(async () => {
    await service?.stop();
  });

  beforeEach(async () => {
    await dataSource.getRepository(OutboxEvent).clear();
  });

  async function register(siretStart: string, authorisations?: string[]) {
    return service.gql(REGISTER, {
      input: {
        siret: completeSiret(siretStart),
        name: `Chaufferie ${siretStart}`,
        kind: 'COMPANY',
        zoneId,
        ...(authorisations ? { authorisations } : {}),
      },
    });
  }

  /** Registers an organization that must be accepted, and gives its id. */
  async function registered(siretStart: string, authorisations?: string[]): Promise<string> {
    const response = await register(siretStart, authorisations);
    expect(response.errors).toBeUndefined();
    return response.data?.registerOrganization.id;
  }

  it('registers authorisations without duplicates, sorted, and reads them back with their meaning', async () => {
    const id = await registered('7000000000001', ['HAZARDOUS_WASTE_RECEPTION', '2910-B', '2910-B']);
    expect(await codesOf(id)).toEqual(['2910-B', 'HAZARDOUS_WASTE_RECEPTION']);

    const read = await service.gql(AUTHORISATIONS, { id });
    expect(read.data?.organization.authorisations).toEqual([
      {
        code: '2910-B',
        labelFr: 'Rubrique ICPE 2910-B',
        labelEn: 'ICPE rubric 2910-B',
        source: ICPE_SOURCE,
      },
      {
        code: 'HAZARDOUS_WASTE_RECEPTION',
        labelFr: 'Réception de déchets dangereux',
        labelEn: 'Hazardous waste reception',
        source: 'Code de l’environnement, art. L541-22 and R541-49 ff.',
      },
    ]);
    const [event] = await changeEvents();
    expect(event).toMatchObject({
      type: 'organization.registered',
      payload: expect.objectContaining({
        organizationId: id,
        authorisations: ['2910-B', 'HAZARDOUS_WASTE_RECEPTION'],
      }),
    });
  });

  it('registers none when none are given', async () => {
    const none = await register('7000000000002');
    expect(none.data?.registerOrganization.authorisations).toEqual([]);
    const [event] = await changeEvents();
    expect(event.payload).toMatchObject({ authorisations: [] });
  });

  it('keeps them on an update that leaves them out, replaces them on one that gives them', async () => {
    const id = await registered('7000000000003', ['2771', 'ABP_APPROVAL']);
    await dataSource.getRepository(OutboxEvent).clear();

    const kept = await service.gql(UPDATE, { input: { id, headcount: 40 } });
    expect(kept.data?.updateOrganization.authorisations).toEqual([
      { code: '2771' },
      { code: 'ABP_APPROVAL' },
    ]);
    const replaced = await service.gql(UPDATE, {
      input: { id, authorisations: ['2780-1', 'END_OF_WASTE_WOOD_PACKAGING_CHIPS'] },
    });
    expect(replaced.data?.updateOrganization.authorisations).toEqual([
      { code: '2780-1' },
      { code: 'END_OF_WASTE_WOOD_PACKAGING_CHIPS' },
    ]);
    // The same set in another order, repeated: nothing changes, nothing is emitted.
    const same = await service.gql(UPDATE, {
      input: { id, authorisations: ['END_OF_WASTE_WOOD_PACKAGING_CHIPS', '2780-1', '2780-1'] },
    });
    expect(same.errors).toBeUndefined();
    const cleared = await service.gql(UPDATE, { input: { id, authorisations: [] } });
    expect(cleared.data?.updateOrganization.authorisations).toEqual([]);

    expect((await changeEvents()).map((event) => [event.type, event.payload])).toEqual([
      [
        'organization.updated',
        expect.objectContaining({ headcount: 40, authorisations: ['2771', 'ABP_APPROVAL'] }),
      ],
      [
        'organization.updated',
        expect.objectContaining({
          authorisations: ['2780-1', 'END_OF_WASTE_WOOD_PACKAGING_CHIPS'],
        }),
      ],
      ['organization.updated', expect.objectContaining({ authorisations: [] })],
    ]);
  });

  it('refuses a bad code on authorisations, naming it and why, and writes nothing', async () => {
    const refused = await register('7000000000004', ['2910-B', 'ICPE 2771']);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'authorisations',
    });
    expect(refused.errors?.[0].message).toContain('"ICPE 2771" is neither an ICPE rubric');
    expect(
      await dataSource
        .getRepository(Organization)
        .existsBy({ siret: completeSiret('7000000000004') }),
    ).toBe(false);

    const id = await registered('7000000000005', ['2910-A']);
    await dataSource.getRepository(OutboxEvent).clear();
    const update = await service.gql(UPDATE, {
      input: { id, headcount: 3, authorisations: ['CNAPS'] },
    });
    expect(update.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'authorisations',
    });
    expect(update.errors?.[0].message).toContain('CNAPS_AUTHORISATION');
    const stored = await dataSource.getRepository(Organization).findOneByOrFail({ id });
    expect(stored).toMatchObject({ headcount: null, authorisations: ['2910-A'] });
    expect(await changeEvents()).toEqual([]);
  });

  it('shows them to whoever may read the organization, as its other descriptive fields', async () => {
    const id = await registered('7000000000006', ['CNAPS_AUTHORISATION']);
    const readAs = async (organizationId: string) =>
      postGraphQL(
        service.app.getHttpServer(),
        AUTHORISATIONS,
        { id },
        bearer(await testToken('COMPANY_MEMBER', { organizationId })),
      );
    const own = await readAs(id);
    expect(own.data?.organization.authorisations).toEqual([
      expect.objectContaining({ code: 'CNAPS_AUTHORISATION' }),
    ]);
    const other = await readAs(await registered('7000000000007'));
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('takes them from an import column, separated by | or ;, and rejects a row with a bad one', async () => {
    const siret = (end: string) => completeSiret(`710000000000${end}`);
    const file =
      'siret;denominationUniteLegale;authorisations\r\n' +
      `${siret('1')};CHAUFFERIE BOIS;2910-A|CACES_TEST_CENTRE\r\n` +
      `${siret('2')};EQUARRISSAGE;"ABP_APPROVAL; 2771"\r\n` +
      `${siret('3')};MAUVAISE;2910-A|2910-Z9Z9\r\n` +
      `${siret('4')};SANS;\r\n`;
    const answer = await request(service.app.getHttpServer())
      .post(`/imports/organizations?zoneId=${zoneId}`)
      .set({ authorization: `Bearer ${await testToken('ADMIN')}` })
      .set('content-type', 'text/csv')
      .send(file);
    expect(answer.status).toBe(202);
    const job = await waitFor(
      () =>
        service.gql(
          `query ($id: ID!) { organizationImport(id: $id) { status created rejected errors(first: 10) { nodes { line column reason } } } }`,
          { id: answer.body.importId },
        ),
      (response) => ['SUCCEEDED', 'FAILED'].includes(response.data?.organizationImport?.status),
      { timeoutMs: 30_000 },
    ).then((response) => response.data?.organizationImport);

    expect(job).toMatchObject({ status: 'SUCCEEDED', created: 3, rejected: 1 });
    expect(job.errors.nodes).toEqual([
      {
        line: 4,
        column: 'authorisations',
        reason: expect.stringContaining('"2910-Z9Z9" is neither an ICPE rubric'),
      },
    ]);
    const stored = async (end: string) =>
      (await dataSource.getRepository(Organization).findOneByOrFail({ siret: siret(end) }))
        .authorisations;
    expect(await stored('1')).toEqual(['2910-A', 'CACES_TEST_CENTRE']);
    expect(await stored('2')).toEqual(['2771', 'ABP_APPROVAL']);
    expect(await stored('4')).toEqual([]);
  });
});
