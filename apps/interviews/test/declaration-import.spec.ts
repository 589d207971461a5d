import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Not } from 'typeorm';
import { OutboxEvent } from '@symbiose/platform';
import { completeSiret } from '@symbiose/sirene';
import { projectZone } from '@symbiose/directory-replica';
import { latin1, testToken, waitFor } from '@symbiose/testing';
import { GRAND_CAHORS, InterviewsTestApp, startInterviewsApp } from './interviews-test-app';

jest.setTimeout(60_000);

const JOB = `query ($id: ID!) {
  declarationImport(id: $id) {
    status dryRun accepted rejected created updated unchanged failure
    errors(first: 100) { totalCount nodes { line column reason } }
  }
}`;

const LACOSTE = { organizationId: randomUUID(), siret: completeSiret('6100000000001') };
const ARCHIVED = { organizationId: randomUUID(), siret: completeSiret('6100000000002') };
const HEADER =
  'siret;reference;kind;theme;categoryCode;label;description;quantity;unit;frequency;wasteCode;hazardous;authorisedForHazardous;availableFrom;availableUntil';

/**
 * Needs and resources from a partner's file, in-process against PostgreSQL and Redis: recorded
 * and updated through the interviews' own path and events, found again by their key.
 */
describe('declaration imports (interviews)', () => {
  let t: InterviewsTestApp;

  async function imported(csv: string | Buffer, query = '') {
    const answer = await request(t.app.getHttpServer())
      .post(`/imports/declarations${query}`)
      .set({ authorization: `Bearer ${await testToken('ADMIN')}`, 'content-type': 'text/csv' })
      .send(csv);
    expect(answer.status).toBe(202);
    const job = await waitFor(
      () => t.gql(JOB, { id: answer.body.importId }),
      (response) => ['SUCCEEDED', 'FAILED'].includes(response.data?.declarationImport?.status),
      { timeoutMs: 30_000 },
    );
    return job.data?.declarationImport;
  }

  const changeEvents = () =>
    t.dataSource.getRepository(OutboxEvent).count({ where: { type: Not('audit.recorded') } });

  beforeAll(async () => {
    t = await startInterviewsApp('declaration-import');
    await t.projectOrganization('organization.registered', {
      ...LACOSTE,
      name: 'Menuiserie Lacoste',
    });
    await t.projectOrganization('organization.registered', {
      ...ARCHIVED,
      name: 'Fermée',
      status: 'ARCHIVED',
    });
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('records the good rows, reports each bad one, and changes nothing the second time', async () => {
    const file = latin1(
      [
        HEADER,
        `${LACOSTE.siret};SCIURE-1;RESSOURCE;;WASTE_WOOD;Sciure et copeaux;Séchés, en big bags;1 250,5;kg;hebdomadaire;030105;non;;01/03/2026;`,
        `${LACOSTE.siret};;NEED;SERVICES;SERVICE_SECURITY_GUARDING;Gardiennage mutualisé;;;;;;;;;`,
        `${LACOSTE.siret};BAD-QTY;RESOURCE;;WASTE_CARDBOARD;Cartons;;12 kg;kg;WEEKLY;;;;;`,
        `${LACOSTE.siret};BAD-CAT;RESOURCE;;WASTE_GOLD;Or;;;;;;;;;`,
        `${completeSiret('6100000000009')};X;NEED;;WASTE_CARDBOARD;Cartons;;;;;;;;;`,
        `${ARCHIVED.siret};Y;NEED;;WASTE_CARDBOARD;Cartons;;;;;;;;;`,
        `${LACOSTE.siret};BAD-UNIT;RESOURCE;;WASTE_CARDBOARD;Cartons;;3;MWh;WEEKLY;;;;;`,
        `${LACOSTE.siret};BAD-HAZARD;RESOURCE;;WASTE_CARDBOARD;Cartons;;;;;150101;oui;;;`,
      ].join('\r\n'),
    );
    const job = await imported(file);
    expect(job).toMatchObject({ status: 'SUCCEEDED', accepted: 2, created: 2, rejected: 6 });
    expect(job.errors.nodes).toEqual([
      { line: 4, column: 'quantity', reason: 'is not a number: got "12 kg"' },
      { line: 5, column: 'categoryCode', reason: 'no category has code WASTE_GOLD' },
      {
        line: 6,
        column: 'siret',
        reason: expect.stringContaining('import it into the directory first'),
      },
      { line: 7, column: 'siret', reason: 'the organization is archived' },
      { line: 8, column: 'unit', reason: expect.stringContaining('MWh') },
      {
        line: 9,
        column: 'hazardous',
        reason: 'the European List of Waste has 15 01 01 not hazardous',
      },
    ]);
    const declarations = await t.gql(
      `query ($filter: DeclarationFilter) { declarations(filter: $filter) { nodes {
        kind theme categoryCode label description quantity unit frequency annualQuantity canonicalUnit wasteCode availableFrom
      } } }`,
      { filter: { organizationId: LACOSTE.organizationId } },
    );
    expect(declarations.data?.declarations.nodes).toEqual(
      expect.arrayContaining([
        {
          kind: 'RESOURCE',
          theme: 'MATERIALS_WASTE',
          categoryCode: 'WASTE_WOOD',
          label: 'Sciure et copeaux',
          description: 'Séchés, en big bags',
          quantity: 1250.5,
          unit: 'kg',
          frequency: 'WEEKLY',
          annualQuantity: expect.closeTo(65.026, 3),
          canonicalUnit: 't',
          wasteCode: '030105',
          availableFrom: '2026-03-01',
        },
        expect.objectContaining({ kind: 'NEED', categoryCode: 'SERVICE_SECURITY_GUARDING' }),
      ]),
    );

    const events = await changeEvents();
    const again = await imported(file);
    expect(again).toMatchObject({ accepted: 2, rejected: 6, created: 0, updated: 0, unchanged: 2 });
    expect(await changeEvents()).toBe(events);
  });

  it('updates a declaration found by its reference, refuses to change its category, and writes nothing in a dry run', async () => {
    const events = await changeEvents();
    const dry = await imported(
      `${HEADER}\n${LACOSTE.siret};SCIURE-1;RESOURCE;;WASTE_WOOD;Sciure et copeaux;;2;t;MONTHLY;030105;;;;\n`,
      '?dryRun=true',
    );
    expect(dry).toMatchObject({ dryRun: true, accepted: 1, updated: 1 });
    expect(await changeEvents()).toBe(events);

    const job = await imported(
      `${HEADER}\n${LACOSTE.siret};SCIURE-1;RESOURCE;;WASTE_WOOD;Sciure et copeaux;;2;t;MONTHLY;030105;;;;\n` +
        `${LACOSTE.siret};SCIURE-1;RESOURCE;;WASTE_CARDBOARD;Cartons;;;;;;;;;\n`,
    );
    expect(job).toMatchObject({ accepted: 1, updated: 1, rejected: 1 });
    expect(job.errors.nodes[0]).toMatchObject({ line: 3, column: 'categoryCode' });
    const [event] = await t.dataSource
      .getRepository(OutboxEvent)
      .find({ where: { type: 'declaration.updated' }, order: { occurredAt: 'DESC' }, take: 1 });
    expect(event.payload).toMatchObject({ annualQuantity: 24, canonicalUnit: 't' });
  });

  it('takes from an import for a territory only the rows of its organizations', async () => {
    const figeac = randomUUID();
    for (const territoryId of [GRAND_CAHORS, figeac]) {
      await t.dataSource.transaction((manager) =>
        projectZone(
          manager,
          {
            zoneId: randomUUID(),
            territoryId,
            name: `Zone ${territoryId}`,
            kind: 'MIXED',
            latitude: 44.4,
            longitude: 1.45,
            areaKm2: null,
          },
          new Date().toISOString(),
        ),
      );
    }
    const file = `${HEADER}\n${LACOSTE.siret};PALETTES-1;RESOURCE;;WASTE_WOOD;Palettes;;;;;;;;;\n`;
    const elsewhere = await imported(file, `?territoryId=${figeac}&dryRun=true`);
    expect(elsewhere).toMatchObject({ accepted: 0, rejected: 1 });
    expect(elsewhere.errors.nodes[0]).toMatchObject({
      line: 2,
      column: 'siret',
      reason: 'the organization is not in the import’s territory',
    });
    expect(await imported(file, `?territoryId=${GRAND_CAHORS}&dryRun=true`)).toMatchObject({
      accepted: 1,
      rejected: 0,
    });
    const unknown = await request(t.app.getHttpServer())
      .post(`/imports/declarations?territoryId=${randomUUID()}`)
      .set({ authorization: `Bearer ${await testToken('ADMIN')}`, 'content-type': 'text/csv' })
      .send(file);
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(unknown.body)).toContain('territoryId');
  });

  it('takes technical facts from an attributes column, and keeps them when a file has none', async () => {
    const facts = (json: string) => `"${json.replace(/"/g, '""')}"`;
    const job = await imported(
      [
        `${HEADER};attributes`,
        `${LACOSTE.siret};CHALEUR-1;RESOURCE;;ENERGY_WASTE_HEAT;Chaleur des fours;;;;;;;;;;${facts('{"temperatureC": 60, "medium": "HOT_WATER"}')}`,
        `${LACOSTE.siret};BAD-FACT;RESOURCE;;WASTE_WOOD;Copeaux;;;;;;;;;;${facts('{"skill": "WELDING"}')}`,
        `${LACOSTE.siret};NOT-JSON;RESOURCE;;WASTE_WOOD;Copeaux;;;;;;;;;;chaud`,
      ].join('\n'),
    );
    expect(job).toMatchObject({ accepted: 1, created: 1, rejected: 2 });
    expect(job.errors.nodes).toEqual([
      { line: 3, column: 'attributes', reason: expect.stringContaining('skill') },
      { line: 4, column: 'attributes', reason: expect.stringContaining('JSON object') },
    ]);
    const heat = async () =>
      (
        await t.gql(
          `query ($filter: DeclarationFilter) { declarations(filter: $filter) { nodes {
            label attributes { temperatureC medium } } } }`,
          { filter: { organizationId: LACOSTE.organizationId, categoryCode: 'ENERGY_WASTE_HEAT' } },
        )
      ).data?.declarations.nodes;
    expect(await heat()).toEqual([
      { label: 'Chaleur des fours', attributes: { temperatureC: 60, medium: 'HOT_WATER' } },
    ]);

    // A file without the column updates the row and leaves its facts as they are.
    const update = await imported(
      `${HEADER}\n${LACOSTE.siret};CHALEUR-1;RESOURCE;;ENERGY_WASTE_HEAT;Chaleur des fours n° 2;;;;;;;;;\n`,
    );
    expect(update).toMatchObject({ accepted: 1, updated: 1 });
    expect(await heat()).toEqual([
      { label: 'Chaleur des fours n° 2', attributes: { temperatureC: 60, medium: 'HOT_WATER' } },
    ]);
  });

  it("takes the firm's own figures from their columns, refusing a figure of the other kind", async () => {
    const columns = [
      ...HEADER.split(';'),
      'disposalCostCentsPerUnit',
      'salePriceCentsPerUnit',
      'purchasePriceCentsPerUnit',
      'investmentCents',
    ];
    const line = (cells: Record<string, string>) =>
      columns.map((column) => cells[column] ?? '').join(';');
    const wood = { siret: LACOSTE.siret, reference: 'CHUTES-1', kind: 'RESOURCE' };
    const chutes = {
      ...wood,
      categoryCode: 'WASTE_WOOD',
      label: 'Chutes de chêne',
      quantity: '4',
      unit: 't',
      frequency: 'MONTHLY',
      wasteCode: '030105',
    };
    const cardboard = { ...wood, categoryCode: 'WASTE_CARDBOARD', label: 'Cartons' };
    const job = await imported(
      [
        columns.join(';'),
        line({ ...chutes, disposalCostCentsPerUnit: '6500', salePriceCentsPerUnit: '1500' }),
        line({
          siret: LACOSTE.siret,
          reference: 'CALAGE-1',
          kind: 'NEED',
          categoryCode: 'MATERIAL_PACKAGING',
          label: 'Calage des expéditions',
          purchasePriceCentsPerUnit: '85000',
          investmentCents: '120000',
        }),
        line({
          siret: LACOSTE.siret,
          reference: 'BAD-KIND',
          kind: 'NEED',
          categoryCode: 'WASTE_WOOD',
          label: 'Bois de chauffe',
          disposalCostCentsPerUnit: '4500',
        }),
        line({ ...cardboard, reference: 'BAD-CENTS', disposalCostCentsPerUnit: '12,5' }),
        line({ ...cardboard, reference: 'BAD-SIGN', salePriceCentsPerUnit: '-300' }),
      ].join('\n'),
    );
    expect(job).toMatchObject({ accepted: 2, created: 2, rejected: 3 });
    expect(job.errors.nodes).toEqual([
      {
        line: 4,
        column: 'disposalCostCentsPerUnit',
        reason: 'is not a figure of a NEED (got "4500")',
      },
      { line: 5, column: 'disposalCostCentsPerUnit', reason: expect.stringContaining('integer') },
      { line: 6, column: 'salePriceCentsPerUnit', reason: expect.stringContaining('zero or more') },
    ]);
    const economicsOf = async (categoryCode: string) =>
      (
        await t.gql(
          `query ($filter: DeclarationFilter) { declarations(filter: $filter) { nodes {
            economics { disposalCostCentsPerUnit salePriceCentsPerUnit
              purchasePriceCentsPerUnit investmentCents } } } }`,
          { filter: { organizationId: LACOSTE.organizationId, categoryCode, status: 'ACTIVE' } },
        )
      ).data?.declarations.nodes.map((node: { economics: object }) => node.economics);
    expect(await economicsOf('MATERIAL_PACKAGING')).toEqual([
      {
        disposalCostCentsPerUnit: null,
        salePriceCentsPerUnit: null,
        purchasePriceCentsPerUnit: 85000,
        investmentCents: 120000,
      },
    ]);
    const recorded = await t.dataSource
      .getRepository(OutboxEvent)
      .find({ where: { type: 'declaration.recorded' } });
    expect(recorded.map((event) => event.payload)).toContainEqual(
      expect.objectContaining({
        categoryCode: 'MATERIAL_PACKAGING',
        economics: { purchasePriceCentsPerUnit: 85000, investmentCents: 120000 },
      }),
    );

    // A file without the columns leaves the figures as they are; empty cells clear them.
    const withoutFigures = HEADER.split(';').map(
      (column) => chutes[column as keyof typeof chutes] ?? '',
    );
    const update = await imported(`${HEADER}\n${withoutFigures.join(';')}\n`);
    expect(update).toMatchObject({ accepted: 1, unchanged: 1 });
    const woodFigures = { disposalCostCentsPerUnit: 6500, salePriceCentsPerUnit: 1500 };
    expect(await economicsOf('WASTE_WOOD')).toContainEqual(expect.objectContaining(woodFigures));
    const cleared = await imported(`${columns.join(';')}\n${line(chutes)}\n`);
    expect(cleared).toMatchObject({ accepted: 1, updated: 1 });
    expect(await economicsOf('WASTE_WOOD')).not.toContainEqual(
      expect.objectContaining(woodFigures),
    );
  });

  it('fails a file without its required columns', async () => {
    const job = await imported('siret;label\n123;x\n');
    expect(job).toMatchObject({ status: 'FAILED', failure: expect.stringContaining('kind') });
    expect(job.errors.nodes.map((node: { column: string }) => node.column)).toEqual([
      'kind',
      'categoryCode',
    ]);
  });
});
