import { randomUUID } from 'node:crypto';
import { ALL_CATEGORIES, searchWasteCodes } from '@symbiose/taxonomy';
import { DeclarationCounts } from '../src/declaration/declaration-counts.service';
import { DeclarationListing } from '../src/declaration/declaration-listing.service';
import {
  declarationEvents,
  GRAND_CAHORS,
  InterviewsTestApp,
  refusalOf,
  startInterviewsApp,
  writtenCounts,
} from './interviews-test-app';

jest.setTimeout(60_000);

const DECLARATION = `id organizationId interviewId kind theme categoryCode label description
  quantity unit frequency annualQuantity canonicalUnit wasteCode hazardous authorisedForHazardous
  availableFrom availableUntil status`;
const RECORD = `mutation ($input: RecordDeclarationInput!) {
  recordDeclaration(input: $input) { ${DECLARATION} }
}`;
const UPDATE = `mutation ($input: UpdateDeclarationInput!) {
  updateDeclaration(input: $input) { ${DECLARATION} }
}`;
const WITHDRAW = `mutation ($id: ID!) { withdrawDeclaration(id: $id) { ${DECLARATION} } }`;
const LIST = `query ($filter: DeclarationFilter, $first: Int, $after: String) {
  declarations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    nodes { id label }
  }
}`;
const ZONE_COUNTS = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Zone { id needCount resourceCount } }
}`;
const NEEDS_SUMMARY = `query ($zoneId: ID!) {
  needsSummary(zoneId: $zoneId) {
    needCount resourceCount
    byTheme { theme needCount resourceCount }
    byCategory { categoryCode labelFr theme needCount resourceCount }
  }
}`;

const CAHORS_SUD = randomUUID();
const REGOURD = randomUUID();
const TERRE_ROUGE = randomUUID();
const RIVE_DROITE = randomUUID();
const EMPTY_ZONE = randomUUID();

const MENUISERIE = { organizationId: randomUUID(), name: 'Menuiserie Lacoste' };
const LAITERIE = { organizationId: randomUUID(), name: 'Laiterie du Quercy' };
const FERMEE = { organizationId: randomUUID(), name: 'Fermée SARL' };
const GARAGE = { organizationId: randomUUID(), name: 'Garage Delmas' };
const IMPRIMERIE = { organizationId: randomUUID(), name: 'Imprimerie Rigal' };
const BRASSERIE = { organizationId: randomUUID(), name: 'Brasserie de Regourd' };

/** What a refused request is sent with, on top of a valid cardboard resource of the menuiserie. */
const CARDBOARD = {
  kind: 'RESOURCE',
  theme: 'MATERIALS_WASTE',
  categoryCode: 'WASTE_CARDBOARD',
  label: 'Cartons d’emballage',
};

describe('declarations (PostgreSQL)', () => {
  let t: InterviewsTestApp;
  const interviews = { open: '', ofLaiterie: '', completed: '', cancelled: '' };

  const record = (input: Record<string, unknown>) =>
    t.gql(RECORD, { input: { organizationId: MENUISERIE.organizationId, ...CARDBOARD, ...input } });

  async function recorded(input: Record<string, unknown>) {
    const response = await record(input);
    expect(response.errors).toBeUndefined();
    return response.data?.recordDeclaration;
  }

  const eventsOf = (declarationId: string) => declarationEvents(t.dataSource, declarationId);
  const written = () => writtenCounts(t.dataSource);

  async function plan(organizationId: string): Promise<string> {
    const planned = await t.gql(
      `mutation ($input: PlanInterviewInput!) { planInterview(input: $input) { id } }`,
      { input: { organizationId, interviewer: 'Anne Delpech' } },
    );
    return planned.data?.planInterview.id;
  }

  beforeAll(async () => {
    t = await startInterviewsApp('declarations');
    await t.projectOrganization('organization.registered', {
      ...MENUISERIE,
      zoneId: CAHORS_SUD,
      latitude: 44.404,
      longitude: 1.451,
    });
    await t.projectOrganization('organization.registered', { ...LAITERIE, zoneId: CAHORS_SUD });
    await t.projectOrganization('organization.archived', {
      ...FERMEE,
      zoneId: CAHORS_SUD,
      status: 'ARCHIVED',
    });

    interviews.open = await plan(MENUISERIE.organizationId);
    interviews.ofLaiterie = await plan(LAITERIE.organizationId);
    interviews.completed = await plan(MENUISERIE.organizationId);
    await t.gql(`mutation ($id: ID!) { startInterview(id: $id) { id } }`, {
      id: interviews.completed,
    });
    await t.gql(
      `mutation ($input: CompleteInterviewInput!) { completeInterview(input: $input) { id } }`,
      {
        input: { id: interviews.completed, conductedOn: '2025-03-04' },
      },
    );
    interviews.cancelled = await plan(MENUISERIE.organizationId);
    await t.gql(
      `mutation ($input: CancelInterviewInput!) { cancelInterview(input: $input) { id } }`,
      {
        input: { id: interviews.cancelled, reason: 'Entreprise injoignable' },
      },
    );
  });

  afterAll(async () => {
    await t?.stop();
  });

  describe('recording', () => {
    it('records a resource with its annual quantity and one event carrying its snapshot', async () => {
      const declaration = await recorded({
        description: 'Balles de carton compacté',
        quantity: 500,
        unit: 'kg',
        frequency: 'WEEKLY',
        wasteCode: '15 01 01',
        availableFrom: '2025-04-01',
        availableUntil: '2025-12-31',
      });

      expect(declaration).toEqual({
        id: expect.any(String),
        organizationId: MENUISERIE.organizationId,
        interviewId: null,
        ...CARDBOARD,
        description: 'Balles de carton compacté',
        quantity: 500,
        unit: 'kg',
        frequency: 'WEEKLY',
        annualQuantity: 26,
        canonicalUnit: 't',
        wasteCode: '150101',
        hazardous: false,
        authorisedForHazardous: null,
        availableFrom: '2025-04-01',
        availableUntil: '2025-12-31',
        status: 'ACTIVE',
      });
      expect(await eventsOf(declaration.id)).toEqual([
        {
          type: 'declaration.recorded',
          payload: {
            declarationId: declaration.id,
            organizationId: MENUISERIE.organizationId,
            interviewId: null,
            zoneId: CAHORS_SUD,
            territoryId: GRAND_CAHORS,
            latitude: 44.404,
            longitude: 1.451,
            kind: 'RESOURCE',
            theme: 'MATERIALS_WASTE',
            categoryCode: 'WASTE_CARDBOARD',
            label: 'Cartons d’emballage',
            annualQuantity: 26,
            canonicalUnit: 't',
            frequency: 'WEEKLY',
            wasteCode: '150101',
            hazardous: false,
            authorisedForHazardous: null,
            availableFrom: '2025-04-01',
            availableUntil: '2025-12-31',
            attributes: {},
            economics: {},
            status: 'ACTIVE',
          },
        },
      ]);
    });

    it.each([
      ['500 kg a week of cardboard', 'WASTE_CARDBOARD', 'RESOURCE', 500, 'kg', 'WEEKLY', 26, 't'],
      [
        '2 MWh a month of electricity',
        'ENERGY_ELECTRICITY',
        'NEED',
        2,
        'MWh',
        'MONTHLY',
        24,
        'MWh',
      ],
      [
        '3000 L a working day of process water',
        'WATER_PROCESS',
        'NEED',
        3000,
        'L',
        'DAILY',
        750,
        'm3',
      ],
      ['36 GJ a quarter of heat', 'ENERGY_HEAT', 'NEED', 36, 'GJ', 'QUARTERLY', 40, 'MWh'],
      ['2 days once of a forklift', 'EQUIPMENT_HANDLING', 'NEED', 2, 'day', 'ONE_OFF', 14, 'h'],
    ])(
      'annualises %s in the canonical unit',
      async (_case, categoryCode, kind, quantity, unit, frequency, annual, canonical) => {
        const theme = ALL_CATEGORIES.find((category) => category.code === categoryCode)?.theme;
        const declaration = await recorded({
          categoryCode,
          theme,
          kind,
          label: categoryCode,
          quantity,
          unit,
          frequency,
        });

        expect(declaration).toMatchObject({ annualQuantity: annual, canonicalUnit: canonical });
        const [event] = await eventsOf(declaration.id);
        expect(event.payload).toMatchObject({ annualQuantity: annual, canonicalUnit: canonical });
      },
    );

    it('takes the hazard from the list, and lets only a need of a hazardous waste say it may take it', async () => {
      const soiledNeed = await recorded({
        kind: 'NEED',
        categoryCode: 'WASTE_SOILED_PACKAGING',
        label: 'Fûts souillés à reprendre',
        wasteCode: '150110',
      });
      const authorised = await recorded({
        kind: 'NEED',
        categoryCode: 'WASTE_SOILED_PACKAGING',
        label: 'Absorbants souillés',
        wasteCode: '15 02 02*',
        authorisedForHazardous: true,
      });
      const starred = await recorded({ wasteCode: '15 01 01*' });

      expect(soiledNeed).toMatchObject({
        wasteCode: '150110',
        hazardous: true,
        authorisedForHazardous: false,
      });
      expect(authorised).toMatchObject({ hazardous: true, authorisedForHazardous: true });
      expect(starred).toMatchObject({ wasteCode: '150101', hazardous: false });
      const [event] = await eventsOf(soiledNeed.id);
      expect(event.payload).toMatchObject({ hazardous: true, authorisedForHazardous: false });
    });

    it('records a declaration in an open interview, and reads each side from the other', async () => {
      const first = await recorded({ interviewId: interviews.open, label: 'Cartons' });
      const second = await recorded({
        interviewId: interviews.open,
        kind: 'NEED',
        theme: 'SERVICES',
        categoryCode: 'SERVICE_SECURITY_GUARDING',
        label: 'Gardiennage',
      });

      const response = await t.gql(
        `query ($organizationId: ID!) {
          interviews(filter: { organizationId: $organizationId, status: PLANNED }) {
            nodes { id declarations { id label interview { id status } category { code labelFr canonicalUnit } organization { id } } }
          }
        }`,
        { organizationId: MENUISERIE.organizationId },
      );

      expect(response.errors).toBeUndefined();
      const [open] = response.data?.interviews.nodes ?? [];
      expect(open.id).toBe(interviews.open);
      expect(open.declarations).toEqual([
        {
          id: first.id,
          label: 'Cartons',
          interview: { id: interviews.open, status: 'PLANNED' },
          category: {
            code: 'WASTE_CARDBOARD',
            labelFr: 'Cartons et emballages en papier-carton',
            canonicalUnit: 't',
          },
          organization: { id: MENUISERIE.organizationId },
        },
        {
          id: second.id,
          label: 'Gardiennage',
          interview: { id: interviews.open, status: 'PLANNED' },
          category: {
            code: 'SERVICE_SECURITY_GUARDING',
            labelFr: expect.any(String),
            canonicalUnit: 'h',
          },
          organization: { id: MENUISERIE.organizationId },
        },
      ]);
      expect((await eventsOf(first.id))[0].payload).toMatchObject({
        interviewId: interviews.open,
      });
    });
  });

  describe('refusals', () => {
    const REFUSALS: {
      refused: string;
      input: () => Record<string, unknown>;
      field: string;
      reason?: string;
      /** BAD_USER_INPUT unless said otherwise. */
      code?: string;
    }[] = [
      {
        refused: 'an unknown organization',
        input: () => ({ organizationId: randomUUID() }),
        field: 'organizationId',
        code: 'NOT_FOUND',
      },
      {
        refused: 'an archived organization',
        input: () => ({ organizationId: FERMEE.organizationId }),
        field: 'organizationId',
        reason: 'archived',
      },
      {
        refused: 'an organizationId that is no UUID',
        input: () => ({ organizationId: 'menuiserie-lacoste' }),
        field: 'organizationId',
      },
      {
        refused: 'an unknown interview',
        input: () => ({ interviewId: randomUUID() }),
        field: 'interviewId',
        code: 'NOT_FOUND',
      },
      {
        refused: 'an interview of another organization',
        input: () => ({ interviewId: interviews.ofLaiterie }),
        field: 'interviewId',
        reason: 'another organization',
      },
      {
        refused: 'a completed interview',
        input: () => ({ interviewId: interviews.completed }),
        field: 'interviewId',
        reason: 'amendInterview',
      },
      {
        refused: 'a cancelled interview',
        input: () => ({ interviewId: interviews.cancelled }),
        field: 'interviewId',
        reason: 'CANCELLED',
      },
      {
        refused: 'an unknown category',
        input: () => ({ categoryCode: 'WASTE_GOLD' }),
        field: 'categoryCode',
      },
      {
        refused: 'a category of another theme',
        input: () => ({ theme: 'FLUIDS' }),
        field: 'categoryCode',
        reason: 'belongs to theme MATERIALS_WASTE',
      },
      {
        refused: 'a kind the category does not allow',
        input: () => ({ kind: 'NEED', theme: 'FLUIDS', categoryCode: 'ENERGY_WASTE_HEAT' }),
        field: 'kind',
      },
      {
        refused: 'a quantity on a category declared without one',
        input: () => ({
          kind: 'NEED',
          theme: 'SERVICES',
          categoryCode: 'SERVICE_ZONE_SIGNAGE',
          quantity: 2,
          unit: 'unit',
          frequency: 'ONE_OFF',
        }),
        field: 'quantity',
      },
      {
        refused: 'a quantity without its unit',
        input: () => ({ quantity: 500, frequency: 'WEEKLY' }),
        field: 'unit',
      },
      {
        refused: 'a quantity without its frequency',
        input: () => ({ quantity: 500, unit: 'kg' }),
        field: 'frequency',
      },
      {
        refused: 'a unit without a quantity',
        input: () => ({ unit: 'kg', frequency: 'WEEKLY' }),
        field: 'quantity',
      },
      {
        refused: 'a zero quantity',
        input: () => ({ quantity: 0, unit: 'kg', frequency: 'WEEKLY' }),
        field: 'quantity',
      },
      {
        refused: 'a negative quantity',
        input: () => ({ quantity: -3, unit: 'kg', frequency: 'WEEKLY' }),
        field: 'quantity',
      },
      {
        refused: 'an absurd quantity',
        input: () => ({ quantity: 50_000_000, unit: 't', frequency: 'YEARLY' }),
        field: 'quantity',
        reason: 'check the unit',
      },
      {
        refused: 'a unit of another dimension',
        input: () => ({ quantity: 5, unit: 'MWh', frequency: 'WEEKLY' }),
        field: 'unit',
      },
      {
        refused: 'an unknown unit',
        input: () => ({ quantity: 5, unit: 'tonnes', frequency: 'WEEKLY' }),
        field: 'unit',
      },
      {
        refused: 'a waste code on a category that is not a waste',
        input: () => ({ categoryCode: 'MATERIAL_PALLETS', wasteCode: '15 01 03' }),
        field: 'wasteCode',
        reason: 'category MATERIAL_PALLETS is not a waste',
      },
      {
        refused: 'a waste code off the list',
        input: () => ({ wasteCode: '15 01 99' }),
        field: 'wasteCode',
      },
      {
        refused: 'a waste code of another category',
        input: () => ({ wasteCode: '17 05 04' }),
        field: 'wasteCode',
      },
      {
        refused: 'an authorisation on a resource',
        input: () => ({
          categoryCode: 'WASTE_SOILED_PACKAGING',
          wasteCode: '15 01 10*',
          authorisedForHazardous: true,
        }),
        field: 'authorisedForHazardous',
      },
      {
        refused: 'an authorisation on a code that is not hazardous',
        input: () => ({ kind: 'NEED', wasteCode: '15 01 01', authorisedForHazardous: false }),
        field: 'authorisedForHazardous',
      },
      {
        refused: 'an end of availability before its start',
        input: () => ({ availableFrom: '2025-06-01', availableUntil: '2025-05-31' }),
        field: 'availableUntil',
      },
      {
        refused: 'a day that does not exist',
        input: () => ({ availableFrom: '2025-02-30' }),
        field: 'availableFrom',
      },
      {
        refused: 'a date not written YYYY-MM-DD',
        input: () => ({ availableUntil: '31/05/2025' }),
        field: 'availableUntil',
      },
      { refused: 'an empty label', input: () => ({ label: '' }), field: 'label' },
      { refused: 'a blank label', input: () => ({ label: '   ' }), field: 'label' },
      {
        refused: 'a description over 5000 characters',
        input: () => ({ description: 'x'.repeat(5001) }),
        field: 'description',
      },
      {
        refused: 'a NUL character in a label',
        input: () => ({ label: 'Cartons\u0000 d’emballage' }),
        field: 'label',
        reason: 'must not contain a NUL character (U+0000)',
      },
      {
        refused: 'a lone surrogate in a description',
        input: () => ({ description: 'Palettes \uD83D' }),
        field: 'description',
        reason: 'must be well-formed Unicode text (got a lone surrogate U+D83D)',
      },
      {
        refused: 'a NUL character deep in the attributes',
        input: () => ({ attributes: { material: { family: 'PAPER', grade: '1.02\u0000' } } }),
        field: 'attributes.material.grade',
        reason: 'must not contain a NUL character (U+0000)',
      },
    ];

    it.each(REFUSALS)('refuses $refused, naming $field, and writes nothing', async (refusal) => {
      const before = await written();

      const response = await record(refusal.input());

      expect(refusalOf(response)).toEqual({
        code: refusal.code ?? 'BAD_USER_INPUT',
        field: refusal.field,
      });
      if (refusal.reason) expect(response.errors?.[0].message).toContain(refusal.reason);
      // A value its type refuses (a Date) stops the request before it runs: no data at all.
      expect(response.data ?? null).toBeNull();
      expect(await written()).toEqual(before);
    });
  });

  describe('updating and withdrawing', () => {
    it('changes what is given, clears what is null, and writes one event per real change', async () => {
      const { id } = await recorded({
        description: 'Balles de carton',
        quantity: 500,
        unit: 'kg',
        frequency: 'WEEKLY',
        wasteCode: '150101',
        availableFrom: '2025-01-01',
      });

      const changed = await t.gql(UPDATE, { input: { id, quantity: 1, unit: 't' } });
      expect(changed.errors).toBeUndefined();
      expect(changed.data?.updateDeclaration).toMatchObject({
        label: CARDBOARD.label,
        description: 'Balles de carton',
        quantity: 1,
        unit: 't',
        frequency: 'WEEKLY',
        annualQuantity: 52,
        canonicalUnit: 't',
        wasteCode: '150101',
        availableFrom: '2025-01-01',
      });

      const cleared = await t.gql(UPDATE, {
        input: {
          id,
          label: 'Cartons propres',
          description: null,
          quantity: null,
          unit: null,
          frequency: null,
          availableFrom: null,
        },
      });
      expect(cleared.data?.updateDeclaration).toMatchObject({
        kind: 'RESOURCE',
        categoryCode: 'WASTE_CARDBOARD',
        label: 'Cartons propres',
        description: null,
        quantity: null,
        unit: null,
        frequency: null,
        annualQuantity: null,
        canonicalUnit: null,
        wasteCode: '150101',
        availableFrom: null,
        status: 'ACTIVE',
      });

      const unchanged = await t.gql(UPDATE, { input: { id, label: 'Cartons propres' } });
      expect(unchanged.errors).toBeUndefined();

      const events = await eventsOf(id);
      expect(events.map((event) => event.type)).toEqual([
        'declaration.recorded',
        'declaration.updated',
        'declaration.updated',
      ]);
      expect(events[1].payload).toMatchObject({ annualQuantity: 52, status: 'ACTIVE' });
      expect(events[2].payload).toMatchObject({
        label: 'Cartons propres',
        annualQuantity: null,
        canonicalUnit: null,
        frequency: null,
        availableFrom: null,
        zoneId: CAHORS_SUD,
      });
    });

    it('keeps the authorisation of a hazardous need, and drops it when the code is no longer hazardous', async () => {
      const { id } = await recorded({
        kind: 'NEED',
        categoryCode: 'WASTE_SOILED_PACKAGING',
        label: 'Emballages souillés',
        wasteCode: '150110',
        authorisedForHazardous: true,
      });

      const sameHazard = await t.gql(UPDATE, { input: { id, wasteCode: '15 01 11*' } });
      expect(sameHazard.data?.updateDeclaration).toMatchObject({
        wasteCode: '150111',
        hazardous: true,
        authorisedForHazardous: true,
      });
      const withoutCode = await t.gql(UPDATE, { input: { id, wasteCode: null } });
      expect(withoutCode.data?.updateDeclaration).toMatchObject({
        wasteCode: null,
        hazardous: false,
        authorisedForHazardous: null,
      });
    });

    it('refuses a bad update, naming the field, and changes nothing', async () => {
      const { id } = await recorded({
        quantity: 500,
        unit: 'kg',
        frequency: 'WEEKLY',
        availableFrom: '2025-06-01',
      });
      const stored = async () =>
        (
          await t.gql(`{ declarations(first: 100) { nodes { ${DECLARATION} } } }`)
        ).data?.declarations.nodes.find((node: { id: string }) => node.id === id);
      const before = { declaration: await stored(), written: await written() };

      const refusals: [Record<string, unknown>, string, string?][] = [
        [{ id, label: null }, 'label'],
        [{ id, label: '  ' }, 'label'],
        [{ id, quantity: null }, 'quantity'],
        [{ id, unit: 'MWh' }, 'unit'],
        [{ id, frequency: null }, 'frequency'],
        [{ id, quantity: 0 }, 'quantity'],
        [{ id, wasteCode: '17 05 04' }, 'wasteCode'],
        [{ id, authorisedForHazardous: false }, 'authorisedForHazardous'],
        [{ id, availableUntil: '2025-05-31' }, 'availableUntil'],
        [{ id, availableFrom: '2025-13-01' }, 'availableFrom'],
        [{ id: randomUUID(), label: 'Inconnue' }, 'id', 'NOT_FOUND'],
        [{ id: 'cartons', label: 'Inconnue' }, 'id'],
        [{ id, label: 'Cartons\u0000' }, 'label'],
        [{ id, description: '\uDC00 Palettes' }, 'description'],
      ];
      for (const [input, field, code = 'BAD_USER_INPUT'] of refusals) {
        const response = await t.gql(UPDATE, { input });
        expect({ input, refusal: refusalOf(response) }).toEqual({
          input,
          refusal: { code, field },
        });
      }
      const recategorised = await t.gql(UPDATE, { input: { id, categoryCode: 'WASTE_PAPER' } });
      expect(recategorised.errors).toBeDefined();

      expect({ declaration: await stored(), written: await written() }).toEqual(before);
    });

    it('withdraws once: withdrawing again changes nothing and emits nothing, and a withdrawn one cannot change', async () => {
      const { id } = await recorded({ quantity: 2, unit: 't', frequency: 'MONTHLY' });

      const withdrawn = await t.gql(WITHDRAW, { id });
      const again = await t.gql(WITHDRAW, { id });
      const update = await t.gql(UPDATE, { input: { id, label: 'Trop tard' } });

      expect(withdrawn.data?.withdrawDeclaration).toMatchObject({ id, status: 'WITHDRAWN' });
      expect(again.errors).toBeUndefined();
      expect(again.data?.withdrawDeclaration).toEqual(withdrawn.data?.withdrawDeclaration);
      expect(refusalOf(update)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(update.errors?.[0].message).toContain('WITHDRAWN');
      const [row] = await t.dataSource.query(
        'SELECT status, withdrawn_at FROM declaration WHERE id = $1',
        [id],
      );
      expect(row).toEqual({ status: 'WITHDRAWN', withdrawn_at: expect.any(Date) });
      const events = await eventsOf(id);
      expect(events.map((event) => event.type)).toEqual([
        'declaration.recorded',
        'declaration.withdrawn',
      ]);
      expect(events[1].payload).toMatchObject({
        declarationId: id,
        status: 'WITHDRAWN',
        annualQuantity: 24,
      });
    });

    it('refuses to withdraw a declaration that does not exist, naming id', async () => {
      expect(refusalOf(await t.gql(WITHDRAW, { id: randomUUID() }))).toEqual({
        code: 'NOT_FOUND',
        field: 'id',
      });
      expect(refusalOf(await t.gql(WITHDRAW, { id: 'cartons' }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'id',
      });
    });
  });

  describe('in a zone', () => {
    const ids: Record<string, string> = {};
    const labelsOf = (response: Awaited<ReturnType<InterviewsTestApp['gql']>>) =>
      response.data?.declarations.nodes.map((node: { label: string }) => node.label).sort();
    const zoneCounts = async (zoneIds: string[]) =>
      (
        await t.gql(ZONE_COUNTS, {
          representations: zoneIds.map((id) => ({ __typename: 'Zone', id })),
        })
      ).data?._entities;

    beforeAll(async () => {
      await t.projectOrganization('organization.registered', {
        ...GARAGE,
        zoneId: TERRE_ROUGE,
      });
      await t.projectOrganization('organization.registered', {
        ...IMPRIMERIE,
        zoneId: TERRE_ROUGE,
      });
      await t.projectOrganization('organization.registered', { ...BRASSERIE, zoneId: REGOURD });
      const declare = async (
        name: string,
        organizationId: string,
        input: Record<string, unknown>,
      ) => {
        ids[name] = (await recorded({ organizationId, label: name, ...input })).id;
      };
      const guarding = {
        kind: 'NEED',
        theme: 'SERVICES',
        categoryCode: 'SERVICE_SECURITY_GUARDING',
      };
      await declare('g1 gardiennage', GARAGE.organizationId, guarding);
      await declare('g2 huiles', GARAGE.organizationId, {
        categoryCode: 'WASTE_USED_OILS',
        wasteCode: '13 02 05*',
      });
      await declare('g3 électricité', GARAGE.organizationId, {
        kind: 'NEED',
        theme: 'FLUIDS',
        categoryCode: 'ENERGY_ELECTRICITY',
      });
      await declare('i1 cartons', IMPRIMERIE.organizationId, { wasteCode: '150101' });
      await declare('i2 papiers', IMPRIMERIE.organizationId, {
        categoryCode: 'WASTE_PAPER',
        wasteCode: '200101',
      });
      await declare('i3 gardiennage', IMPRIMERIE.organizationId, guarding);
      await declare('i4 cartons', IMPRIMERIE.organizationId, { kind: 'NEED' });
      await t.gql(WITHDRAW, { id: ids['i4 cartons'] });
      await declare('b1 cartons', BRASSERIE.organizationId, { kind: 'NEED', wasteCode: '150101' });
    });

    it.each([
      [
        {},
        [
          'g1 gardiennage',
          'g2 huiles',
          'g3 électricité',
          'i1 cartons',
          'i2 papiers',
          'i3 gardiennage',
          'i4 cartons',
        ],
      ],
      [
        { status: 'ACTIVE' },
        [
          'g1 gardiennage',
          'g2 huiles',
          'g3 électricité',
          'i1 cartons',
          'i2 papiers',
          'i3 gardiennage',
        ],
      ],
      [{ status: 'WITHDRAWN' }, ['i4 cartons']],
      [
        { organizationId: GARAGE.organizationId },
        ['g1 gardiennage', 'g2 huiles', 'g3 électricité'],
      ],
      [{ kind: 'NEED' }, ['g1 gardiennage', 'g3 électricité', 'i3 gardiennage', 'i4 cartons']],
      [{ theme: 'MATERIALS_WASTE' }, ['g2 huiles', 'i1 cartons', 'i2 papiers', 'i4 cartons']],
      [{ categoryCode: 'WASTE_CARDBOARD' }, ['i1 cartons', 'i4 cartons']],
      [{ wasteCodePrefix: '1501' }, ['i1 cartons']],
      [{ wasteCodePrefix: '13' }, ['g2 huiles']],
      [{ wasteCodePrefix: '200101' }, ['i2 papiers']],
      [{ kind: 'NEED', theme: 'SERVICES', status: 'ACTIVE' }, ['g1 gardiennage', 'i3 gardiennage']],
    ])('lists the declarations of the zone filtered by %j', async (filter, labels) => {
      const response = await t.gql(LIST, { filter: { zoneId: TERRE_ROUGE, ...filter } });

      expect(response.errors).toBeUndefined();
      expect(labelsOf(response)).toEqual(labels);
      expect(response.data?.declarations.totalCount).toBe(labels.length);
    });

    it('pages through the declarations of the zone, oldest first', async () => {
      const pages = [];
      let after: string | null = null;
      do {
        const response = await t.gql(LIST, { filter: { zoneId: TERRE_ROUGE }, first: 3, after });
        pages.push(response.data?.declarations);
        after = response.data?.declarations.pageInfo.hasNextPage
          ? response.data?.declarations.pageInfo.endCursor
          : null;
      } while (after);

      expect(pages.map((page) => page.nodes.length)).toEqual([3, 3, 1]);
      expect(pages.map((page) => page.totalCount)).toEqual([7, 7, 7]);
      expect(pages.map((page) => page.pageInfo.hasPreviousPage)).toEqual([false, true, true]);
      expect(
        pages.flatMap((page) => page.nodes.map((node: { label: string }) => node.label)),
      ).toEqual([
        'g1 gardiennage',
        'g2 huiles',
        'g3 électricité',
        'i1 cartons',
        'i2 papiers',
        'i3 gardiennage',
        'i4 cartons',
      ]);
    });

    it.each([
      [{ filter: { wasteCodePrefix: '1' } }, 'filter.wasteCodePrefix'],
      [{ filter: { wasteCodePrefix: '15 01' } }, 'filter.wasteCodePrefix'],
      [{ filter: { categoryCode: 'WASTE_GOLD' } }, 'filter.categoryCode'],
      [{ filter: { zoneId: 'terre-rouge' } }, 'filter.zoneId'],
      [{ first: 101 }, 'first'],
      [{ after: 'page-2' }, 'after'],
    ])('refuses the list arguments %j, naming %s', async (variables, field) => {
      expect(refusalOf(await t.gql(LIST, variables))).toEqual({ code: 'BAD_USER_INPUT', field });
    });

    it('sums up the active needs and resources of the zone by theme and by category', async () => {
      const response = await t.gql(NEEDS_SUMMARY, { zoneId: TERRE_ROUGE });

      expect(response.errors).toBeUndefined();
      expect(response.data?.needsSummary).toEqual({
        needCount: 3,
        resourceCount: 3,
        byTheme: [
          { theme: 'SERVICES', needCount: 2, resourceCount: 0 },
          { theme: 'EQUIPMENT', needCount: 0, resourceCount: 0 },
          { theme: 'MATERIALS_WASTE', needCount: 0, resourceCount: 3 },
          { theme: 'HR_ANIMATION', needCount: 0, resourceCount: 0 },
          { theme: 'FLUIDS', needCount: 1, resourceCount: 0 },
        ],
        byCategory: [
          {
            categoryCode: 'SERVICE_SECURITY_GUARDING',
            labelFr: expect.any(String),
            theme: 'SERVICES',
            needCount: 2,
            resourceCount: 0,
          },
          {
            categoryCode: 'ENERGY_ELECTRICITY',
            labelFr: expect.any(String),
            theme: 'FLUIDS',
            needCount: 1,
            resourceCount: 0,
          },
          {
            categoryCode: 'WASTE_CARDBOARD',
            labelFr: 'Cartons et emballages en papier-carton',
            theme: 'MATERIALS_WASTE',
            needCount: 0,
            resourceCount: 1,
          },
          {
            categoryCode: 'WASTE_PAPER',
            labelFr: expect.any(String),
            theme: 'MATERIALS_WASTE',
            needCount: 0,
            resourceCount: 1,
          },
          {
            categoryCode: 'WASTE_USED_OILS',
            labelFr: expect.any(String),
            theme: 'MATERIALS_WASTE',
            needCount: 0,
            resourceCount: 1,
          },
        ],
      });
      const empty = await t.gql(NEEDS_SUMMARY, { zoneId: EMPTY_ZONE });
      expect(empty.data?.needsSummary).toMatchObject({
        needCount: 0,
        resourceCount: 0,
        byCategory: [],
      });
      expect(refusalOf(await t.gql(NEEDS_SUMMARY, { zoneId: 'terre-rouge' }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'zoneId',
      });
    });

    it("counts each zone's needs and resources in one query for every zone asked", async () => {
      const countByZone = jest.spyOn(t.app.get(DeclarationCounts), 'countByZone');

      const counts = await zoneCounts([TERRE_ROUGE, REGOURD, EMPTY_ZONE, 'terre-rouge']);

      expect(counts).toEqual([
        { id: TERRE_ROUGE, needCount: 3, resourceCount: 3 },
        { id: REGOURD, needCount: 1, resourceCount: 0 },
        { id: EMPTY_ZONE, needCount: 0, resourceCount: 0 },
        { id: 'terre-rouge', needCount: 0, resourceCount: 0 },
      ]);
      expect(countByZone).toHaveBeenCalledTimes(1);
      countByZone.mockRestore();
    });

    it("gives a page of each organization's declarations in one batch", async () => {
      const pagesOfOrganizations = jest.spyOn(
        t.app.get(DeclarationListing),
        'pagesOfOrganizations',
      );
      const query = `query ($representations: [_Any!]!, $filter: OrganizationDeclarationFilter, $after: String) {
        _entities(representations: $representations) {
          ... on Organization {
            id
            declarations(filter: $filter, first: 1, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } nodes { label }
            }
          }
        }
      }`;
      const organizations = [
        GARAGE.organizationId,
        IMPRIMERIE.organizationId,
        randomUUID(),
        'garage',
      ];
      const representations = organizations.map((id) => ({ __typename: 'Organization', id }));
      const firstPage = await t.gql(query, { representations, filter: { kind: 'NEED' } });

      expect(firstPage.errors).toBeUndefined();
      const summary = (response: typeof firstPage) =>
        response.data?._entities.map(
          (entity: {
            declarations: {
              totalCount: number;
              pageInfo: { hasNextPage: boolean };
              nodes: { label: string }[];
            };
          }) => [
            entity.declarations.totalCount,
            entity.declarations.pageInfo.hasNextPage,
            entity.declarations.nodes.map((node) => node.label),
          ],
        );
      expect(summary(firstPage)).toEqual([
        [2, true, ['g1 gardiennage']],
        [2, true, ['i3 gardiennage']],
        [0, false, []],
        [0, false, []],
      ]);
      expect(pagesOfOrganizations).toHaveBeenCalledTimes(1);

      const secondPage = await t.gql(query, {
        representations: representations.slice(0, 2),
        filter: { kind: 'NEED' },
        after: firstPage.data?._entities[0].declarations.pageInfo.endCursor,
      });
      expect(summary(secondPage)).toEqual([
        [2, false, ['g3 électricité']],
        [2, false, ['i4 cartons']],
      ]);
      const activeOnly = await t.gql(query, {
        representations: representations.slice(1, 2),
        filter: { kind: 'NEED', status: 'ACTIVE' },
        after: firstPage.data?._entities[0].declarations.pageInfo.endCursor,
      });
      expect(summary(activeOnly)).toEqual([[1, false, []]]);
      pagesOfOrganizations.mockRestore();
    });

    it('moves the declarations of an organization with it when the directory moves it', async () => {
      await t.projectOrganization('organization.updated', {
        ...IMPRIMERIE,
        zoneId: REGOURD,
      });

      expect(await zoneCounts([TERRE_ROUGE, REGOURD])).toEqual([
        { id: TERRE_ROUGE, needCount: 2, resourceCount: 1 },
        { id: REGOURD, needCount: 2, resourceCount: 2 },
      ]);
      const regourd = await t.gql(NEEDS_SUMMARY, { zoneId: REGOURD });
      expect(regourd.data?.needsSummary).toMatchObject({ needCount: 2, resourceCount: 2 });
      expect(
        labelsOf(await t.gql(LIST, { filter: { zoneId: REGOURD, status: 'ACTIVE' } })),
      ).toEqual(['b1 cartons', 'i1 cartons', 'i2 papiers', 'i3 gardiennage']);
    });

    it('leaves out the declarations of an organization the directory archives', async () => {
      const ancienne = { organizationId: randomUUID(), name: 'Ancienne Scierie' };
      await t.projectOrganization('organization.registered', { ...ancienne, zoneId: RIVE_DROITE });
      await recorded({ organizationId: ancienne.organizationId, kind: 'NEED' });
      expect(await zoneCounts([RIVE_DROITE])).toEqual([
        { id: RIVE_DROITE, needCount: 1, resourceCount: 0 },
      ]);

      await t.projectOrganization('organization.archived', {
        ...ancienne,
        zoneId: RIVE_DROITE,
        status: 'ARCHIVED',
      });

      expect(await zoneCounts([RIVE_DROITE])).toEqual([
        { id: RIVE_DROITE, needCount: 0, resourceCount: 0 },
      ]);
      const summary = await t.gql(NEEDS_SUMMARY, { zoneId: RIVE_DROITE });
      expect(summary.data?.needsSummary).toMatchObject({ needCount: 0, byCategory: [] });
    });
  });

  describe('reference lists', () => {
    const CATEGORY = `code theme labelFr labelEn dimension canonicalUnit isWaste collectiveNeed declarationKinds wasteCodes`;

    it('lists the categories of a theme, or all of them', async () => {
      const fluids = await t.gql(`{ categories(theme: FLUIDS) { ${CATEGORY} } }`);
      const all = await t.gql(`{ categories { code dimension canonicalUnit isWaste wasteCodes } }`);

      expect(fluids.errors).toBeUndefined();
      const fluidCategories = fluids.data?.categories;
      expect(
        fluidCategories.every((category: { theme: string }) => category.theme === 'FLUIDS'),
      ).toBe(true);
      expect(fluidCategories).toContainEqual({
        code: 'ENERGY_WASTE_HEAT',
        theme: 'FLUIDS',
        labelFr: expect.any(String),
        labelEn: expect.any(String),
        dimension: 'ENERGY',
        canonicalUnit: 'MWh',
        isWaste: false,
        collectiveNeed: false,
        declarationKinds: ['RESOURCE'],
        wasteCodes: [],
      });
      expect(all.data?.categories).toHaveLength(ALL_CATEGORIES.length);
      expect(all.data?.categories).toContainEqual({
        code: 'SERVICE_ZONE_SIGNAGE',
        dimension: 'NONE',
        canonicalUnit: null,
        isWaste: false,
        wasteCodes: [],
      });
      expect(all.data?.categories).toContainEqual({
        code: 'WASTE_CARDBOARD',
        dimension: 'MASS',
        canonicalUnit: 't',
        isWaste: true,
        wasteCodes: ['150101', '200101', '191201', '030308'],
      });
    });

    it('finds waste codes by the words of their label', async () => {
      const response = await t.gql(
        `{ wasteCodes(search: "carton") { totalCount nodes { code formatted hazardous labelFr labelEn chapter subChapter } } }`,
      );

      expect(response.errors).toBeUndefined();
      const expected = searchWasteCodes({ search: 'carton' });
      expect(response.data?.wasteCodes.totalCount).toBe(expected.length);
      expect(response.data?.wasteCodes.nodes.map((node: { code: string }) => node.code)).toEqual(
        expected.map((entry) => entry.code),
      );
      expect(response.data?.wasteCodes.nodes).toContainEqual({
        code: '150101',
        formatted: '15 01 01',
        hazardous: false,
        labelFr: expect.stringMatching(/carton/),
        labelEn: expect.any(String),
        chapter: '15',
        subChapter: '1501',
      });
    });

    it('pages through the hazardous codes of a chapter', async () => {
      const query = `query ($after: String) {
        wasteCodes(chapter: "15", hazardous: true, first: 2, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { code formatted }
        }
      }`;
      const expected = searchWasteCodes({ chapter: '15', hazardous: true }).map(
        (entry) => entry.code,
      );

      const first = (await t.gql(query)).data?.wasteCodes;
      const second = (await t.gql(query, { after: first.pageInfo.endCursor })).data?.wasteCodes;

      expect(first.totalCount).toBe(expected.length);
      expect([...first.nodes, ...second.nodes].map((node: { code: string }) => node.code)).toEqual(
        expected.slice(0, 4),
      );
      expect(first.nodes[0].formatted).toMatch(/^15 \d\d \d\d\*$/);
      expect(refusalOf(await t.gql(`{ wasteCodes(chapter: "1") { totalCount } }`))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'chapter',
      });
    });
  });
  describe('the firm’s own figures', () => {
    const ECONOMICS = `economics {
      disposalCostCentsPerUnit salePriceCentsPerUnit purchasePriceCentsPerUnit investmentCents
    }`;

    it('records a resource’s figures, carries them in its events, and clears them with null', async () => {
      const response = await t.gql(
        `mutation ($input: RecordDeclarationInput!) { recordDeclaration(input: $input) { id ${ECONOMICS} } }`,
        {
          input: {
            organizationId: MENUISERIE.organizationId,
            ...CARDBOARD,
            label: 'Cartons chiffrés',
            economics: { disposalCostCentsPerUnit: 9500, salePriceCentsPerUnit: 2000 },
          },
        },
      );
      expect(response.errors).toBeUndefined();
      const { id, economics } = response.data!.recordDeclaration;
      expect(economics).toEqual({
        disposalCostCentsPerUnit: 9500,
        salePriceCentsPerUnit: 2000,
        purchasePriceCentsPerUnit: null,
        investmentCents: null,
      });
      const [event] = await eventsOf(id);
      expect(event.payload).toMatchObject({
        economics: { disposalCostCentsPerUnit: 9500, salePriceCentsPerUnit: 2000 },
      });

      const cleared = await t.gql(
        `mutation ($input: UpdateDeclarationInput!) { updateDeclaration(input: $input) { ${ECONOMICS} } }`,
        { input: { id, economics: null } },
      );
      expect(cleared.data?.updateDeclaration.economics).toEqual({
        disposalCostCentsPerUnit: null,
        salePriceCentsPerUnit: null,
        purchasePriceCentsPerUnit: null,
        investmentCents: null,
      });
      expect((await eventsOf(id)).at(-1)?.payload).toMatchObject({ economics: {} });
    });

    it('refuses a figure the kind has not, or a negative one, naming it, and writes nothing', async () => {
      const before = await written();
      const needWithDisposal = await record({
        kind: 'NEED',
        categoryCode: 'WASTE_CARDBOARD',
        economics: { disposalCostCentsPerUnit: 9500 },
      });
      expect(refusalOf(needWithDisposal)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'economics.disposalCostCentsPerUnit',
      });
      const negative = await record({ economics: { salePriceCentsPerUnit: -1 } });
      expect(refusalOf(negative)).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(negative.errors?.[0].message).toContain('must be zero or more');
      expect(await written()).toEqual(before);
    });
  });
});
