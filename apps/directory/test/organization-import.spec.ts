import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  EventOf,
  EventPayload,
  ImportedChangeType,
  singleOrganizationEvents,
} from '@symbiose/contracts';
import { OutboxEvent } from '@symbiose/platform';
import { completeSiret } from '@symbiose/sirene';
import { startTestService, TestService } from '@symbiose/service-testing';
import { bearer, latin1, sireneExtract, testToken, waitFor } from '@symbiose/testing';
import { DIRECTORY_SOURCE_ROUTES } from '@symbiose/directory-replica';
import { AppModule } from '../src/app.module';
import { DIRECTORY_DATABASE } from '../src/directory.database';

jest.setTimeout(60_000);

const JOB = `query ($id: ID!, $after: String) {
  organizationImport(id: $id) {
    id kind status dryRun progress accepted rejected created updated unchanged failure encoding requestedBy
    errors(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { line column reason } }
  }
}`;

const LACOSTE = completeSiret('4100000000001');
const GARRIGUE = completeSiret('4100000000002');

/**
 * Organizations from INSEE's establishment file, in-process against PostgreSQL and Redis: the
 * directory's own validation and events, an upsert by SIRET that a second import leaves alone,
 * and a dry run that writes nothing.
 */
describe('organization imports (directory)', () => {
  let service: TestService;
  let dataSource: DataSource;
  let zoneId: string;
  let otherTerritoryZoneId: string;

  async function upload(body: Buffer | string, query: string, token?: string) {
    return request(service.app.getHttpServer())
      .post(`/imports/organizations?${query}`)
      .set({ authorization: `Bearer ${token ?? (await testToken('ADMIN'))}` })
      .set('content-type', 'text/csv')
      .send(body);
  }

  async function finished(importId: string) {
    return waitFor(
      () => service.gql(JOB, { id: importId }),
      (response) => ['SUCCEEDED', 'FAILED'].includes(response.data?.organizationImport?.status),
      { timeoutMs: 30_000 },
    ).then((response) => response.data?.organizationImport);
  }

  /** The organization changes the directory told: an import's batch counts each of its changes. */
  const changeEvents = async (): Promise<number> => {
    const [{ count }]: { count: number }[] = await dataSource.query(
      `SELECT coalesce(sum(CASE WHEN type = 'organization.imported'
                                THEN jsonb_array_length(payload->'changes') ELSE 1 END), 0)::int AS count
         FROM outbox_event WHERE type <> 'audit.recorded'`,
    );
    return count;
  };

  /** The single events the import batches stand for, in the order consumers apply them. */
  async function importedChanges(): Promise<EventOf<ImportedChangeType>[]> {
    const batches = await dataSource
      .getRepository(OutboxEvent)
      .find({ where: { type: 'organization.imported' }, order: { occurredAt: 'ASC', id: 'ASC' } });
    return batches
      .flatMap((batch) =>
        singleOrganizationEvents({
          id: batch.id,
          type: 'organization.imported',
          version: 1,
          occurredAt: batch.occurredAt.toISOString(),
          source: 'directory',
          payload: batch.payload as EventPayload<'organization.imported'>,
        }),
      )
      .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  }

  beforeAll(async () => {
    service = await startTestService(AppModule, DIRECTORY_DATABASE.schema, 'org-import');
    dataSource = service.dataSource;
    const create = async (name: string) =>
      (
        await service.gql(
          `mutation ($name: String!) { createTerritory(input: { name: $name }) { id } }`,
          { name },
        )
      ).data?.createTerritory.id as string;
    const zone = async (territoryId: string, name: string) =>
      (
        await service.gql(
          `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
          { input: { territoryId, name, kind: 'MIXED', latitude: 44.4, longitude: 1.45 } },
        )
      ).data?.createZone.id as string;
    const territoryId = await create('Grand Cahors');
    zoneId = await zone(territoryId, 'Cahors Sud');
    otherTerritoryZoneId = await zone(await create('Figeac'), 'Herbemols');
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('imports a Latin-1, semicolon extract: the good rows in, each bad one reported, a second import changes nothing', async () => {
    const file = latin1(
      sireneExtract([
        {
          siret: LACOSTE,
          denominationUniteLegale: 'MENUISERIE LACOSTE',
          activitePrincipaleEtablissement: '16.23Z',
          trancheEffectifsEtablissement: '11',
          numeroVoieEtablissement: '12',
          typeVoieEtablissement: 'RTE',
          libelleVoieEtablissement: 'DE TOULOUSE',
          codePostalEtablissement: '46000',
          libelleCommuneEtablissement: 'CAHORS',
          coordonneeLambertAbscisseEtablissement: '574000,0',
          coordonneeLambertOrdonneeEtablissement: '6371000,0',
        },
        {
          siret: GARRIGUE,
          enseigne1Etablissement: 'Boulangerie Pâtissière Garrigue',
          denominationUniteLegale: 'SOCIÉTÉ GARRIGUE',
          activitePrincipaleEtablissement: '1071C',
          trancheEffectifsEtablissement: '02',
        },
        {
          siret: completeSiret('4100000000003').slice(0, 13) + '0',
          denominationUniteLegale: 'MAUVAISE CLÉ',
        },
        {
          siret: completeSiret('4100000000004'),
          denominationUniteLegale: 'INCONNUE',
          activitePrincipaleEtablissement: '99.99Z',
        },
        { siret: completeSiret('4100000000005') },
        {
          siret: completeSiret('4100000000006'),
          denominationUniteLegale: 'COORD',
          coordonneeLambertAbscisseEtablissement: '57x000',
          coordonneeLambertOrdonneeEtablissement: '6371000',
        },
        {
          siret: completeSiret('4100000000007'),
          denominationUniteLegale: 'TRANCHE',
          trancheEffectifsEtablissement: '99',
        },
        {
          siret: completeSiret('4100000000008'),
          denominationUniteLegale: 'FERMÉE',
          etatAdministratifEtablissement: 'F',
        },
      ]),
    );
    const answer = await upload(file, `zoneId=${zoneId}`);
    expect(answer.status).toBe(202);
    expect(answer.headers['location']).toBe(`/imports/organizations/${answer.body.importId}`);
    const job = await finished(answer.body.importId);
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      dryRun: false,
      progress: 1,
      accepted: 2,
      rejected: 6,
      created: 2,
      encoding: 'windows-1252',
      requestedBy: 'test:admin',
    });
    expect(job.errors.totalCount).toBe(6);
    expect(job.errors.nodes).toEqual([
      { line: 4, column: 'siret', reason: expect.stringContaining('Luhn key') },
      {
        line: 5,
        column: 'activitePrincipaleEtablissement',
        reason: expect.stringContaining('NAF rev. 2'),
      },
      { line: 6, column: 'denominationUniteLegale', reason: expect.stringContaining('no name') },
      {
        line: 7,
        column: 'coordonneeLambertAbscisseEtablissement',
        reason: 'is not a number: got "57x000"',
      },
      {
        line: 8,
        column: 'trancheEffectifsEtablissement',
        reason: expect.stringContaining('headcount bands'),
      },
      {
        line: 9,
        column: 'etatAdministratifEtablissement',
        reason: expect.stringContaining('closed'),
      },
    ]);

    const lacoste = await service.gql(
      `query ($siret: String!) { organizationBySiret(siret: $siret) { name kind nafCode headcount latitude longitude zone { id } address { street postalCode city } } }`,
      { siret: LACOSTE },
    );
    expect(lacoste.data?.organizationBySiret).toMatchObject({
      name: 'MENUISERIE LACOSTE',
      kind: 'COMPANY',
      nafCode: '16.23Z',
      headcount: 15,
      zone: { id: zoneId },
      address: { street: '12 ROUTE DE TOULOUSE', postalCode: '46000', city: 'CAHORS' },
    });
    expect(lacoste.data?.organizationBySiret.latitude).toBeCloseTo(44.43, 1);
    const garrigue = await service.gql(
      `query ($siret: String!) { organizationBySiret(siret: $siret) { name nafCode headcount } }`,
      { siret: GARRIGUE },
    );
    expect(garrigue.data?.organizationBySiret).toEqual({
      name: 'Boulangerie Pâtissière Garrigue',
      nafCode: '10.71C',
      headcount: 4,
    });

    // The batch's two changes, told in one event.
    const batches = await dataSource
      .getRepository(OutboxEvent)
      .find({ where: { type: 'organization.imported' } });
    expect(batches).toHaveLength(1);
    expect(batches[0].payload).toEqual({
      changes: [
        {
          type: 'organization.registered',
          organization: expect.objectContaining({ siret: LACOSTE, headcount: 15 }),
        },
        {
          type: 'organization.registered',
          organization: expect.objectContaining({ siret: GARRIGUE, nafCode: '10.71C' }),
        },
      ],
    });

    const events = await changeEvents();
    const again = await finished((await upload(file, `zoneId=${zoneId}`)).body.importId);
    expect(again).toMatchObject({ accepted: 2, rejected: 6, created: 0, updated: 0, unchanged: 2 });
    expect(await changeEvents()).toBe(events);
  });

  it('updates only what a file changes, and keeps a headcount that lies in the band', async () => {
    const before = await changeEvents();
    const job = await finished(
      (
        await upload(
          sireneExtract(
            [
              // 15 lies in 10-19: the band tells nothing new.
              {
                siret: LACOSTE,
                denominationUniteLegale: 'MENUISERIE LACOSTE',
                trancheEffectifsEtablissement: '11',
              },
              {
                siret: GARRIGUE,
                enseigne1Etablissement: 'Boulangerie Pâtissière Garrigue',
                trancheEffectifsEtablissement: '03',
              },
            ],
            ',',
          ),
          `zoneId=${zoneId}`,
        )
      ).body.importId,
    );
    expect(job).toMatchObject({ accepted: 2, updated: 1, unchanged: 1, encoding: 'utf-8' });
    expect(await changeEvents()).toBe(before + 1);
    expect((await importedChanges()).at(-1)).toMatchObject({
      type: 'organization.updated',
      payload: expect.objectContaining({ siret: GARRIGUE, headcount: 8 }),
    });
  });

  it('shares its no-op rule with updateOrganization: a change that changes nothing emits nothing', async () => {
    const found = await service.gql(
      `query ($siret: String!) { organizationBySiret(siret: $siret) { id name headcount } }`,
      { siret: LACOSTE },
    );
    const { id, name, headcount } = found.data!.organizationBySiret;
    const before = await changeEvents();
    const UPDATE = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { headcount } }`;
    const same = await service.gql(UPDATE, { input: { id, name, headcount } });
    expect(same.errors).toBeUndefined();
    expect(await changeEvents()).toBe(before);
    const changed = await service.gql(UPDATE, { input: { id, headcount: headcount + 1 } });
    expect(changed.data?.updateOrganization.headcount).toBe(headcount + 1);
    expect(await changeEvents()).toBe(before + 1);
  });

  it('registers then updates an organization named twice in a batch, its events in order', async () => {
    const twice = completeSiret('4100000000030');
    const job = await finished(
      (
        await upload(
          sireneExtract([
            { siret: twice, denominationUniteLegale: 'TONNELLERIE DU CAUSSE' },
            {
              siret: twice,
              denominationUniteLegale: 'TONNELLERIE DU CAUSSE',
              trancheEffectifsEtablissement: '03',
            },
          ]),
          `zoneId=${zoneId}`,
        )
      ).body.importId,
    );
    expect(job).toMatchObject({ accepted: 2, created: 1, updated: 1, rejected: 0 });
    const stored = await service.gql(
      `query ($siret: String!) { organizationBySiret(siret: $siret) { id name headcount } }`,
      { siret: twice },
    );
    expect(stored.data?.organizationBySiret).toMatchObject({
      name: 'TONNELLERIE DU CAUSSE',
      headcount: 8,
    });
    const events = (await importedChanges())
      .filter((event) => event.payload.organizationId === stored.data?.organizationBySiret.id)
      .map((event) => ({ type: event.type, headcount: event.payload.headcount }));
    expect(events).toEqual([
      { type: 'organization.registered', headcount: null },
      { type: 'organization.updated', headcount: 8 },
    ]);
  });

  it("gives a replica an imported organization's latest change as the single event it stands for", async () => {
    const { id } = (
      await service.gql(`query ($siret: String!) { organizationBySiret(siret: $siret) { id } }`, {
        siret: GARRIGUE,
      })
    ).data!.organizationBySiret;
    const latest = (await importedChanges())
      .filter((event) => event.payload.organizationId === id)
      .at(-1);
    const answer = await request(service.app.getHttpServer())
      .get(`/${DIRECTORY_SOURCE_ROUTES.organizations}?ids=${id},${randomUUID()}`)
      .set(bearer(await testToken('SERVICE')));
    expect(answer.status).toBe(200);
    expect(answer.body.events).toEqual([{ ...latest, source: 'directory' }]);
    expect(answer.body.events[0]).toMatchObject({
      type: 'organization.updated',
      payload: { organizationId: id, siret: GARRIGUE, headcount: 8 },
    });
  });

  it('reports without writing in a dry run', async () => {
    const before = await changeEvents();
    const job = await finished(
      (
        await upload(
          sireneExtract([
            { siret: completeSiret('4100000000010'), denominationUniteLegale: 'NOUVELLE' },
            { siret: LACOSTE, denominationUniteLegale: 'MENUISERIE LACOSTE ET FILS' },
            { siret: 'abc', denominationUniteLegale: 'X' },
          ]),
          `zoneId=${zoneId}&dryRun=true`,
        )
      ).body.importId,
    );
    expect(job).toMatchObject({ dryRun: true, accepted: 2, created: 1, updated: 1, rejected: 1 });
    expect(await changeEvents()).toBe(before);
    const nouvelle = await service.gql(
      `query ($s: String!) { organizationBySiret(siret: $s) { id } }`,
      {
        s: completeSiret('4100000000010'),
      },
    );
    expect(nouvelle.data?.organizationBySiret).toBeNull();
  });

  it('rejects a row with a NUL character in any cell, naming the column, and imports the others', async () => {
    const scierie = completeSiret('4100000000020');
    const nulInName = completeSiret('4100000000021');
    const nulInUnreadCell = completeSiret('4100000000022');
    const before = await changeEvents();
    const job = await finished(
      (
        await upload(
          sireneExtract([
            { siret: nulInName, denominationUniteLegale: 'SCIERIE\u0000 DU LOT' },
            { siret: scierie, denominationUniteLegale: 'SCIERIE DU LOT' },
            {
              siret: nulInUnreadCell,
              denominationUniteLegale: 'FONDERIE',
              dateCreationEtablissement: '2001-01-01\u0000',
            },
          ]),
          `zoneId=${zoneId}`,
        )
      ).body.importId,
    );
    expect(job).toMatchObject({ status: 'SUCCEEDED', accepted: 1, created: 1, rejected: 2 });
    expect(job.errors.nodes).toEqual([
      {
        line: 2,
        column: 'denominationUniteLegale',
        reason: 'must not contain a NUL character (U+0000)',
      },
      {
        line: 4,
        column: 'dateCreationEtablissement',
        reason: 'must not contain a NUL character (U+0000)',
      },
    ]);
    expect(await changeEvents()).toBe(before + 1);
    const stored: { siret: string }[] = await dataSource.query(
      `SELECT siret FROM organization WHERE siret = ANY($1)`,
      [[scierie, nulInName, nulInUnreadCell]],
    );
    expect(stored).toEqual([{ siret: scierie }]);
  });

  it('rejects a row whose organization is in another territory, and fails a file without its columns', async () => {
    const moved = await finished(
      (
        await upload(
          sireneExtract([{ siret: LACOSTE, denominationUniteLegale: 'MENUISERIE LACOSTE' }]),
          `zoneId=${otherTerritoryZoneId}`,
        )
      ).body.importId,
    );
    expect(moved.errors.nodes).toEqual([
      { line: 2, column: null, reason: "the zone is not in the organization's territory" },
    ]);
    const headerless = await finished(
      (await upload('nom;ville\nDupont;Cahors\n', `zoneId=${zoneId}`)).body.importId,
    );
    expect(headerless).toMatchObject({
      status: 'FAILED',
      failure: expect.stringContaining('siret'),
    });
    expect(headerless.errors.nodes[0]).toMatchObject({ line: 1, column: 'siret' });
  });

  it('refuses what it cannot take, before storing anything', async () => {
    expect((await upload('siret\n', '')).status).toBe(400);
    expect((await upload('siret\n', `zoneId=${zoneId}&territoryId=${zoneId}`)).status).toBe(400);
    expect((await upload('', `zoneId=${zoneId}`)).status).toBe(400);
    const unknownZone = await upload('siret\n', `zoneId=${randomUUID()}`);
    expect(unknownZone.status).toBe(404);
    expect(unknownZone.body).toMatchObject({ field: 'zoneId' });
    expect((await upload('siret\n', 'territoryId=cahors')).body).toMatchObject({
      field: 'territoryId',
      message: expect.stringContaining('must be a UUID'),
    });
    const json = await request(service.app.getHttpServer())
      .post(`/imports/organizations?zoneId=${zoneId}`)
      .set(bearer(await testToken('ADMIN')))
      .send({ siret: '1' });
    expect(json.status).toBe(415);
    const member = await upload(
      'siret\n',
      `zoneId=${zoneId}`,
      await testToken('COMPANY_MEMBER', { organizationId: zoneId }),
    );
    expect(member.status).toBe(403);
    const partner = await upload(
      'siret;denominationUniteLegale\n',
      `zoneId=${zoneId}`,
      await testToken('PARTNER', { partnerId: 'cci-lot' }),
    );
    expect(partner.status).toBe(202);
    const otherPartner = await testToken('PARTNER', { partnerId: 'syded-lot' });
    const status = (token: string) =>
      request(service.app.getHttpServer())
        .get(`/imports/organizations/${partner.body.importId}`)
        .set(bearer(token));
    expect((await status(await testToken('PARTNER', { partnerId: 'cci-lot' }))).status).toBe(200);
    expect((await status(otherPartner)).status).toBe(403);
  });
});
