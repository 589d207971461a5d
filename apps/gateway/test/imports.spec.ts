import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { completeSiret } from '@symbiose/sirene';
import {
  bearer,
  latin1,
  sireneExtract,
  SireneExtractRow,
  startTestSystem,
  TestSystem,
  testToken,
  waitFor,
} from '@symbiose/testing';

/**
 * Partner imports through the gateway, against the five built services: a real-looking SIRENE
 * extract in semicolons and Latin-1 with bad lines, its re-import, a dry run, and who may send.
 */
jest.setTimeout(300_000);

/** Small enough to pass with a file of a few hundred kilobytes. */
const IMPORT_MAX_BYTES = 200_000;

const ORGANIZATION_IMPORT = `query ($id: ID!, $first: Int, $after: String) {
  organizationImport(id: $id) {
    id kind status dryRun progress accepted rejected created updated unchanged failure createdAt finishedAt
    errors(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { line column reason }
    }
  }
}`;

const siret = (serial: number) => completeSiret(`52${String(serial).padStart(11, '0')}`);

/** A zone's extract as a CCI would send it: accents, INSEE's codes, and a few broken lines. */
const EXTRACT: SireneExtractRow[] = [
  {
    siret: siret(1),
    enseigne1Etablissement: 'Boulangerie Pâtissière du Lot',
    denominationUniteLegale: 'SARL DELMAS',
    activitePrincipaleEtablissement: '10.71C',
    trancheEffectifsEtablissement: '03',
    numeroVoieEtablissement: '4',
    typeVoieEtablissement: 'AV',
    libelleVoieEtablissement: 'ANATOLE DE MONZIE',
    codePostalEtablissement: '46000',
    libelleCommuneEtablissement: 'CAHORS',
    coordonneeLambertAbscisseEtablissement: '574211,3',
    coordonneeLambertOrdonneeEtablissement: '6370987,9',
  },
  {
    siret: siret(2),
    denominationUniteLegale: 'SOCIÉTÉ DES TRANSPORTS QUERCYNOIS',
    activitePrincipaleEtablissement: '4941A',
    trancheEffectifsEtablissement: '12',
    typeVoieEtablissement: 'ZI',
    libelleVoieEtablissement: 'DE CAHORS SUD',
    codePostalEtablissement: '46230',
    libelleCommuneEtablissement: 'FONTANES',
  },
  {
    siret: siret(3),
    denominationUniteLegale: 'MAIRIE DE FONTANES',
    activitePrincipaleEtablissement: '84.11Z',
    categorieJuridiqueUniteLegale: '7210',
  },
  // A SIRET whose key is wrong.
  {
    siret: `${siret(4).slice(0, 13)}${(Number(siret(4)[13]) + 1) % 10}`,
    denominationUniteLegale: 'CLÉ FAUSSE',
  },
  // An activity that is no NAF rev. 2 sub-class.
  {
    siret: siret(5),
    denominationUniteLegale: 'ACTIVITÉ INCONNUE',
    activitePrincipaleEtablissement: '10.79Z',
  },
  // No name at all.
  { siret: siret(6), activitePrincipaleEtablissement: '16.23Z' },
  // A coordinate that is no number.
  {
    siret: siret(7),
    denominationUniteLegale: 'MENUISERIE GARRIGUE',
    coordonneeLambertAbscisseEtablissement: '574 2l1,3',
    coordonneeLambertOrdonneeEtablissement: '6370987,9',
  },
];

describe('imports through the gateway', () => {
  let system: TestSystem;
  let territoryId: string;
  let zoneId: string;
  let facilitator: string;
  let database: Client;

  const upload = (path: string, body: string | Buffer, token: string) =>
    request(system.gatewayUrl)
      .post(path)
      .set(bearer(token))
      .set('content-type', 'text/csv')
      .send(body);

  async function finishedImport(id: string) {
    const response = await waitFor(
      () => system.gql(ORGANIZATION_IMPORT, { id, first: 100 }),
      (answer) => ['SUCCEEDED', 'FAILED'].includes(answer.data?.organizationImport?.status),
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    return response.data?.organizationImport;
  }

  /**
   * The directory's changes told by events (not its audit entries), from its own schema: an
   * import's batch (`organization.imported`) counts each of its changes.
   */
  async function directoryEvents(): Promise<number> {
    const { rows } = await database.query(
      `SELECT coalesce(sum(CASE WHEN type = 'organization.imported'
                                THEN jsonb_array_length(payload->'changes') ELSE 1 END), 0)::int
                AS count
         FROM directory.outbox_event WHERE type <> 'audit.recorded'`,
    );
    return rows[0].count;
  }

  beforeAll(async () => {
    system = await startTestSystem('imports', {
      env: { IMPORT_MAX_BYTES: String(IMPORT_MAX_BYTES) },
    });
    database = new Client({ connectionString: system.databaseUrl });
    await database.connect();
    territoryId = (
      await system.gql(`mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`)
    ).data?.createTerritory.id;
    zoneId = (
      await system.gql(`mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`, {
        input: { territoryId, name: 'Cahors Sud', kind: 'MIXED', latitude: 44.4, longitude: 1.45 },
      })
    ).data?.createZone.id;
    facilitator = await testToken('FACILITATOR', { territoryIds: [territoryId] });
  });

  afterAll(async () => {
    await database?.end();
    await system?.stop();
  });

  describe('organizations', () => {
    const file = latin1(sireneExtract(EXTRACT, ';'));

    it('takes the good rows of a Latin-1 semicolon extract and reports each bad one by line and column', async () => {
      expect(file.includes(Buffer.from('Pâtissière', 'latin1'))).toBe(true);
      const eventsBefore = await directoryEvents();
      const answer = await upload(`/imports/organizations?zoneId=${zoneId}`, file, facilitator);
      expect(answer.status).toBe(202);
      expect(answer.body).toMatchObject({ status: 'QUEUED', dryRun: false });
      expect(answer.headers['location']).toBe(`/imports/organizations/${answer.body.importId}`);

      const job = await finishedImport(answer.body.importId);
      expect(job).toMatchObject({
        kind: 'ORGANIZATIONS',
        status: 'SUCCEEDED',
        progress: 1,
        accepted: 3,
        rejected: 4,
        created: 3,
        updated: 0,
        unchanged: 0,
        failure: null,
      });
      expect(job.errors).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
      expect(job.errors.nodes).toEqual([
        { line: 5, column: 'siret', reason: expect.stringContaining('valid Luhn key') },
        {
          line: 6,
          column: 'activitePrincipaleEtablissement',
          reason: expect.stringContaining('NAF rev. 2'),
        },
        { line: 7, column: 'denominationUniteLegale', reason: expect.stringContaining('no name') },
        {
          line: 8,
          column: 'coordonneeLambertAbscisseEtablissement',
          reason: 'is not a number: got "574 2l1,3"',
        },
      ]);

      const zone = await system.gql(
        `query ($zoneId: ID!) { organizations(filter: { zoneId: $zoneId }) { nodes {
          siret name kind nafCode headcount latitude longitude address { street postalCode city }
        } } }`,
        { zoneId },
      );
      const bySiret = Object.fromEntries(
        zone.data?.organizations.nodes.map((node: { siret: string }) => [node.siret, node]),
      );
      expect(Object.keys(bySiret).sort()).toEqual([siret(1), siret(2), siret(3)].sort());
      expect(bySiret[siret(1)]).toMatchObject({
        name: 'Boulangerie Pâtissière du Lot',
        kind: 'COMPANY',
        nafCode: '10.71C',
        headcount: 8,
        address: { street: '4 AVENUE ANATOLE DE MONZIE', postalCode: '46000', city: 'CAHORS' },
      });
      expect(bySiret[siret(1)].latitude).toBeCloseTo(44.43, 1);
      expect(bySiret[siret(1)].longitude).toBeCloseTo(1.42, 1);
      expect(bySiret[siret(2)]).toMatchObject({
        name: 'SOCIÉTÉ DES TRANSPORTS QUERCYNOIS',
        nafCode: '49.41A',
        headcount: 35,
        address: { street: 'ZONE INDUSTRIELLE DE CAHORS SUD', city: 'FONTANES' },
      });
      expect(bySiret[siret(3)]).toMatchObject({ kind: 'PUBLIC_BODY', nafCode: '84.11Z' });

      // The directory announced each new organization, and the other services heard it.
      expect(await directoryEvents()).toBe(eventsBefore + 3);
      const interviewsKnow = await waitFor(
        async () =>
          (
            await database.query(
              `SELECT count(*)::int AS count FROM interviews.organization WHERE zone_id = $1`,
              [zoneId],
            )
          ).rows[0].count,
        (count) => count === 3,
      );
      expect(interviewsKnow).toBe(3);
    });

    it('changes nothing when the same file comes again: same counts, no event', async () => {
      const events = await directoryEvents();
      const answer = await upload(`/imports/organizations?zoneId=${zoneId}`, file, facilitator);
      const job = await finishedImport(answer.body.importId);
      expect(job).toMatchObject({
        status: 'SUCCEEDED',
        accepted: 3,
        rejected: 4,
        created: 0,
        updated: 0,
        unchanged: 3,
      });
      expect(job.errors.totalCount).toBe(4);
      expect(await directoryEvents()).toBe(events);
    });

    it('reports a dry run without writing anything but its report', async () => {
      const events = await directoryEvents();
      const changed = sireneExtract(
        [
          { ...EXTRACT[0], trancheEffectifsEtablissement: '21' },
          { siret: siret(20), denominationUniteLegale: 'NOUVEAU VENU' },
        ],
        ',',
      );
      const answer = await upload(
        `/imports/organizations?zoneId=${zoneId}&dryRun=true`,
        changed,
        facilitator,
      );
      const job = await finishedImport(answer.body.importId);
      expect(job).toMatchObject({ dryRun: true, accepted: 2, created: 1, updated: 1, rejected: 0 });
      expect(await directoryEvents()).toBe(events);
      const count = await system.gql(
        `query ($zoneId: ID!) { organizations(filter: { zoneId: $zoneId }) { totalCount } }`,
        { zoneId },
      );
      expect(count.data?.organizations.totalCount).toBe(3);
    });

    it('pages through the rejected rows, and tells the state of a job at its Location', async () => {
      const rows = Array.from({ length: 30 }, (_, index) => ({
        // 13 digits: never a SIRET.
        siret: `123456789${String(index).padStart(4, '0')}`,
        denominationUniteLegale: 'FAUSSE',
      }));
      const answer = await upload(
        `/imports/organizations?zoneId=${zoneId}`,
        sireneExtract(rows),
        facilitator,
      );
      await finishedImport(answer.body.importId);
      const first = await system.gql(ORGANIZATION_IMPORT, { id: answer.body.importId, first: 20 });
      const page = first.data?.organizationImport.errors;
      expect(page.nodes).toHaveLength(20);
      const rest = await system.gql(ORGANIZATION_IMPORT, {
        id: answer.body.importId,
        first: 20,
        after: page.pageInfo.endCursor,
      });
      expect(
        rest.data?.organizationImport.errors.nodes.map((node: { line: number }) => node.line),
      ).toEqual(Array.from({ length: 10 }, (_, index) => 22 + index));
      const state = await request(system.gatewayUrl)
        .get(answer.headers['location'])
        .set(bearer(facilitator));
      expect(state.status).toBe(200);
      expect(state.body).toMatchObject({
        id: answer.body.importId,
        status: 'SUCCEEDED',
        rejected: 30,
      });
    });

    it('lets facilitators and partners send files, and refuses a company member with 403', async () => {
      const member = await testToken('COMPANY_MEMBER', { organizationId: zoneId });
      const refused = await upload(`/imports/organizations?zoneId=${zoneId}`, file, member);
      expect(refused.status).toBe(403);
      // A facilitator of another territory is told the zone is unknown to them.
      const elsewhere = await testToken('FACILITATOR', { territoryIds: [randomUUID()] });
      expect(
        (await upload(`/imports/organizations?zoneId=${zoneId}`, file, elsewhere)).status,
      ).toBe(404);
      const partner = await testToken('PARTNER', { partnerId: 'cci-lot' });
      const sent = await upload(`/imports/organizations?zoneId=${zoneId}`, file, partner);
      expect(sent.status).toBe(202);
      const own = await system.gql(
        `query ($id: ID!) { organizationImport(id: $id) { id } }`,
        { id: sent.body.importId },
        bearer(partner),
      );
      expect(own.errors).toBeUndefined();
      const another = await system.gql(
        `query ($id: ID!) { organizationImport(id: $id) { id } }`,
        { id: sent.body.importId },
        bearer(await testToken('PARTNER', { partnerId: 'syded-lot' })),
      );
      expect(another.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('refuses a file over IMPORT_MAX_BYTES with 413, declared or streamed', async () => {
      const large = `siret;denominationUniteLegale\r\n${`${siret(1)};${'X'.repeat(90)}\r\n`.repeat(3000)}`;
      expect(Buffer.byteLength(large)).toBeGreaterThan(IMPORT_MAX_BYTES);
      const refused = await upload(`/imports/organizations?zoneId=${zoneId}`, large, facilitator);
      expect(refused.status).toBe(413);
      expect(refused.body.message).toContain('IMPORT_MAX_BYTES');

      // Without a Content-Length, in chunks, as a browser streams a file.
      const chunked = await fetch(`${system.gatewayUrl}/imports/organizations?zoneId=${zoneId}`, {
        method: 'POST',
        headers: { ...bearer(facilitator), 'content-type': 'text/csv' },
        body: new ReadableStream({
          start(controller) {
            for (let start = 0; start < large.length; start += 16_384) {
              controller.enqueue(new TextEncoder().encode(large.slice(start, start + 16_384)));
            }
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect(chunked.status).toBe(413);
    });
  });

  describe('declarations', () => {
    const DECLARATION_IMPORT = `query ($id: ID!) {
      declarationImport(id: $id) {
        kind status accepted rejected created updated unchanged
        errors(first: 50) { totalCount nodes { line column reason } }
      }
    }`;
    const HEADER =
      'siret;reference;kind;theme;categoryCode;label;description;quantity;unit;frequency;wasteCode;hazardous;authorisedForHazardous;availableFrom;availableUntil';
    const file = latin1(
      [
        HEADER,
        `${siret(1)};FARINE-1;RESSOURCE;;WASTE_CARDBOARD;Cartons de farine;Pliés, sur palette;2,5;t;mensuel;150101;non;;;`,
        `${siret(2)};GARD-1;BESOIN;SERVICES;SERVICE_SECURITY_GUARDING;Gardiennage de nuit;;;;;;;;;`,
        `${siret(2)};BAD-1;RESSOURCE;;WASTE_CARDBOARD;Cartons;;beaucoup;t;mensuel;;;;;`,
        `${siret(4)};BAD-2;BESOIN;;WASTE_CARDBOARD;Cartons;;;;;;;;;`,
      ].join('\r\n'),
    );

    async function finishedDeclarationImport(id: string) {
      const response = await waitFor(
        () => system.gql(DECLARATION_IMPORT, { id }),
        (answer) => ['SUCCEEDED', 'FAILED'].includes(answer.data?.declarationImport?.status),
        { timeoutMs: 60_000, intervalMs: 250 },
      );
      return response.data?.declarationImport;
    }

    const interviewsEvents = async () =>
      (
        await database.query(
          `SELECT count(*)::int AS count FROM interviews.outbox_event WHERE type <> 'audit.recorded'`,
        )
      ).rows[0].count;

    it('records the needs and resources of imported organizations, reports bad rows, and changes nothing the second time', async () => {
      // The interviews learn the imported organizations, with their SIRETs, from the directory's events.
      await waitFor(
        async () =>
          (
            await database.query(
              `SELECT count(*)::int AS count FROM interviews.organization WHERE siret = ANY($1)`,
              [[siret(1), siret(2)]],
            )
          ).rows[0].count,
        (count) => count === 2,
      );
      const answer = await upload(
        `/imports/declarations?territoryId=${territoryId}`,
        file,
        facilitator,
      );
      expect(answer.status).toBe(202);
      expect(answer.headers['location']).toBe(`/imports/declarations/${answer.body.importId}`);
      const job = await finishedDeclarationImport(answer.body.importId);
      expect(job).toMatchObject({
        kind: 'DECLARATIONS',
        status: 'SUCCEEDED',
        accepted: 2,
        created: 2,
        rejected: 2,
      });
      expect(job.errors.nodes).toEqual([
        { line: 4, column: 'quantity', reason: 'is not a number: got "beaucoup"' },
        {
          line: 5,
          column: 'siret',
          reason: expect.stringContaining('import it into the directory first'),
        },
      ]);
      const zone = await system.gql(
        `query ($zoneId: ID!) { zone(id: $zoneId) { needCount resourceCount } }`,
        { zoneId },
      );
      expect(zone.data?.zone).toEqual({ needCount: 1, resourceCount: 1 });

      const events = await interviewsEvents();
      const again = await finishedDeclarationImport(
        (await upload(`/imports/declarations?territoryId=${territoryId}`, file, facilitator)).body
          .importId,
      );
      expect(again).toMatchObject({
        accepted: 2,
        rejected: 2,
        created: 0,
        updated: 0,
        unchanged: 2,
      });
      expect(await interviewsEvents()).toBe(events);
    });

    it('writes nothing in a dry run, and refuses a company member with 403', async () => {
      const events = await interviewsEvents();
      const changed = `${HEADER}\n${siret(1)};FARINE-1;RESOURCE;;WASTE_CARDBOARD;Cartons de farine;;3;t;MONTHLY;150101;;;;\n`;
      const dry = await finishedDeclarationImport(
        (
          await upload(
            `/imports/declarations?territoryId=${territoryId}&dryRun=true`,
            changed,
            facilitator,
          )
        ).body.importId,
      );
      expect(dry).toMatchObject({ accepted: 1, updated: 1 });
      expect(await interviewsEvents()).toBe(events);
      const member = await testToken('COMPANY_MEMBER', { organizationId: zoneId });
      expect((await upload('/imports/declarations', changed, member)).status).toBe(403);
    });

    it("refuses a facilitator's import that names none of their territories", async () => {
      expect((await upload('/imports/declarations', file, facilitator)).status).toBe(403);
      const elsewhere = await testToken('FACILITATOR', { territoryIds: [randomUUID()] });
      const refused = await upload(
        `/imports/declarations?territoryId=${territoryId}`,
        file,
        elsewhere,
      );
      // Another territory reads as an unknown one.
      expect(refused.status).toBe(404);
    });
  });
});
