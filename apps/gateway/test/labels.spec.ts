import { completeSiret } from '@symbiose/sirene';
import { findCategory, findWasteCode } from '@symbiose/taxonomy';
import { startTestSystem, TestSystem, waitFor } from '@symbiose/testing';

/**
 * French first, through the gateway: labels in French and English for every enum value of the
 * composed API, categories and waste codes as objects where declarations name them, the NAF
 * section of an organization in both languages, and the labels of the grid's choices.
 */
jest.setTimeout(180_000);

interface EnumValueLabel {
  enum: string;
  value: string;
  labelFr: string;
  labelEn: string;
}

interface IntrospectedEnum {
  name: string;
  enumValues: { name: string; description: string | null }[];
}

const ENUM_LABELS = `query ($enum: String) { enumLabels(enum: $enum) { enum value labelFr labelEn } }`;
const SCHEMA_ENUMS = `{ __schema { types { kind name enumValues { name description } } } }`;
const PUBLISH = `mutation ($input: PublishInterviewGridInput!) {
  publishInterviewGrid(input: $input) {
    version
    sections { questions { key choices choiceLabels { value labelFr labelEn } } }
  }
}`;

function choiceQuestion(choiceLabels: { value: string; labelFr: string; labelEn: string }[]) {
  return {
    title: 'Grille courte',
    sections: [
      {
        theme: 'HR_ANIMATION',
        titleFr: 'Ressources humaines',
        titleEn: 'Human resources',
        questions: [
          {
            key: 'hr.recruitment_difficulty',
            labelFr: 'Avez-vous des difficultés à recruter ?',
            labelEn: 'Do you find it hard to recruit?',
            answerType: 'CHOICE',
            choiceLabels,
          },
        ],
      },
    ],
  };
}

describe('labels in French and English behind the gateway', () => {
  let system: TestSystem;
  let territoryId: string;
  let zoneId: string;
  let firmId: string;

  const REGISTER = `mutation ($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) { id }
  }`;
  const RECORD = `mutation ($input: RecordDeclarationInput!) { recordDeclaration(input: $input) {
    categoryCode wasteCode
    category { code labelFr labelEn theme }
    wasteCodeEntry { code labelFr labelEn hazardous }
  } }`;

  /** The interviews service learns of an organization from the directory's events. */
  const record = (input: Record<string, unknown>) =>
    waitFor(
      () => system.gql(RECORD, { input }),
      (response) => response.errors === undefined,
    );

  beforeAll(async () => {
    system = await startTestSystem('labels');
    const territory = await system.gql(
      `mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`,
    );
    territoryId = territory.data?.createTerritory.id;
    const zone = await system.gql(
      `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
      {
        input: {
          territoryId,
          name: 'Cahors Sud',
          kind: 'MIXED',
          latitude: 44.405,
          longitude: 1.45,
        },
      },
    );
    zoneId = zone.data?.createZone.id;
    const registered = await system.gql(REGISTER, {
      input: {
        siret: completeSiret('7200000000001'),
        name: 'Menuiserie Lacoste',
        kind: 'COMPANY',
        nafCode: '16.23Z',
        zoneId,
        latitude: 44.404,
        longitude: 1.451,
      },
    });
    firmId = registered.data?.registerOrganization.id;
  });

  afterAll(async () => {
    await system?.stop();
  });

  describe('enum labels', () => {
    let enums: IntrospectedEnum[];
    let labels: EnumValueLabel[];

    beforeAll(async () => {
      const schema = await system.gql(SCHEMA_ENUMS);
      enums = (schema.data?.__schema.types as (IntrospectedEnum & { kind: string })[]).filter(
        (type) => type.kind === 'ENUM' && !type.name.startsWith('__'),
      );
      const all = await system.gql(ENUM_LABELS);
      expect(all.errors).toBeUndefined();
      labels = all.data?.enumLabels;
    });

    it('labels every value of every enum of the composed schema, in French and in English', () => {
      expect(enums.length).toBeGreaterThanOrEqual(33);
      const labelled = new Map<string, EnumValueLabel[]>();
      for (const label of labels) {
        labelled.set(label.enum, [...(labelled.get(label.enum) ?? []), label]);
      }
      expect([...labelled.keys()].sort()).toEqual(enums.map((type) => type.name).sort());
      for (const type of enums) {
        const values = labelled.get(type.name) ?? [];
        expect({ [type.name]: values.map((label) => label.value) }).toEqual({
          [type.name]: type.enumValues.map((value) => value.name),
        });
        for (const { labelFr, labelEn } of values) {
          expect(labelFr.trim()).not.toBe('');
          expect(labelEn.trim()).not.toBe('');
        }
      }
    });

    it('shows the labels in the schema, French first, as the description of each value', () => {
      const byValue = new Map(labels.map((label) => [`${label.enum}.${label.value}`, label]));
      for (const type of enums) {
        for (const value of type.enumValues) {
          const label = byValue.get(`${type.name}.${value.name}`);
          expect({ [`${type.name}.${value.name}`]: value.description }).toEqual({
            [`${type.name}.${value.name}`]: `${label?.labelFr} / ${label?.labelEn}`,
          });
        }
      }
    });

    it('gives the labels of one enum when named, and refuses a name the API does not have', async () => {
      const statuses = await system.gql(ENUM_LABELS, { enum: 'SynergyStatus' });
      expect(statuses.data?.enumLabels).toHaveLength(8);
      expect(statuses.data?.enumLabels[0]).toEqual({
        enum: 'SynergyStatus',
        value: 'DETECTED',
        labelFr: 'Détectée',
        labelEn: 'Detected',
      });
      const unknown = await system.gql(ENUM_LABELS, { enum: 'SynergyState' });
      expect(unknown.data ?? null).toBeNull();
      expect(unknown.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'enum',
      });
    });
  });

  it('gives a declaration its category and its waste code as objects with labels', async () => {
    const recorded = await record({
      organizationId: firmId,
      kind: 'RESOURCE',
      theme: 'MATERIALS_WASTE',
      categoryCode: 'WASTE_CARDBOARD',
      label: 'Cartons',
      quantity: 250,
      unit: 'kg',
      frequency: 'WEEKLY',
      wasteCode: '15 01 01',
    });
    const cardboard = findCategory('WASTE_CARDBOARD');
    const packaging = findWasteCode('150101');
    expect(recorded.data?.recordDeclaration).toEqual({
      categoryCode: 'WASTE_CARDBOARD',
      wasteCode: '150101',
      category: {
        code: 'WASTE_CARDBOARD',
        labelFr: cardboard?.labelFr,
        labelEn: cardboard?.labelEn,
        theme: 'MATERIALS_WASTE',
      },
      wasteCodeEntry: {
        code: '150101',
        labelFr: packaging?.labelFr,
        labelEn: packaging?.labelEn,
        hazardous: false,
      },
    });

    const summary = await system.gql(
      `query ($zoneId: ID!) { needsSummary(zoneId: $zoneId) {
        byCategory { categoryCode category { code labelEn } }
      } }`,
      { zoneId },
    );
    expect(summary.data?.needsSummary.byCategory).toEqual([
      {
        categoryCode: 'WASTE_CARDBOARD',
        category: { code: 'WASTE_CARDBOARD', labelEn: cardboard?.labelEn },
      },
    ]);
  });

  it('gives synergies, waste flows and actions their categories and waste codes as objects', async () => {
    const garage = await system.gql(REGISTER, {
      input: {
        siret: completeSiret('7200000000002'),
        name: 'Garage Garrigue',
        kind: 'COMPANY',
        nafCode: '45.20A',
        zoneId,
        latitude: 44.44,
        longitude: 1.451,
      },
    });
    await record({
      organizationId: garage.data?.registerOrganization.id,
      kind: 'NEED',
      theme: 'MATERIALS_WASTE',
      categoryCode: 'MATERIAL_PACKAGING',
      label: 'Calage',
      quantity: 1,
      unit: 't',
      frequency: 'MONTHLY',
    });
    const categoryOf = (code: string) => ({ code, labelEn: findCategory(code)?.labelEn });

    const synergies = await waitFor(
      () =>
        system.gql(`{ synergies(filter: { kind: B2B }) { nodes {
          categoryCode category { code labelEn }
          resourceCategoryCode resourceCategory { code labelEn }
        } } }`),
      (response) => response.data?.synergies.nodes.length === 1,
    );
    expect(synergies.data?.synergies.nodes[0]).toEqual({
      categoryCode: 'MATERIAL_PACKAGING',
      category: categoryOf('MATERIAL_PACKAGING'),
      resourceCategoryCode: 'WASTE_CARDBOARD',
      resourceCategory: categoryOf('WASTE_CARDBOARD'),
    });

    const flows = await system.gql(
      `query ($territoryId: ID!) { wasteFlows(territoryId: $territoryId, groupBy: [WASTE_CODE]) {
        wasteCode wasteCodeEntry { code formatted labelEn hazardous }
      } }`,
      { territoryId },
    );
    expect(flows.data?.wasteFlows).toContainEqual({
      wasteCode: '150101',
      wasteCodeEntry: {
        code: '150101',
        formatted: '15 01 01',
        labelEn: findWasteCode('150101')?.labelEn,
        hazardous: false,
      },
    });

    const proposed = await waitFor(
      () =>
        system.gql(
          `mutation ($input: ProposeActionInput!) { proposeAction(input: $input) {
            categoryCode category { code labelEn theme }
          } }`,
          {
            input: {
              zoneId,
              year: 2026,
              title: 'Gardiennage mutualisé',
              theme: 'SERVICES',
              categoryCode: 'SERVICE_SECURITY_GUARDING',
              carrier: 'COMPANIES',
            },
          },
        ),
      (response) => response.errors === undefined,
    );
    expect(proposed.data?.proposeAction).toEqual({
      categoryCode: 'SERVICE_SECURITY_GUARDING',
      category: { ...categoryOf('SERVICE_SECURITY_GUARDING'), theme: 'SERVICES' },
    });
  });

  it("names an organization's NAF section in French and in English", async () => {
    const organization = await system.gql(
      `query ($id: ID!) { organization(id: $id) {
        nafCode nafActivity { code label section sectionLabelFr sectionLabelEn }
      } }`,
      { id: firmId },
    );
    expect(organization.data?.organization).toEqual({
      nafCode: '16.23Z',
      nafActivity: {
        code: '16.23Z',
        label: "Fabrication de charpentes et d'autres menuiseries",
        section: 'C',
        sectionLabelFr: 'Industrie manufacturière',
        sectionLabelEn: 'Manufacturing',
      },
    });
  });

  describe('interview grid choices', () => {
    it('labels the choices of the Cahors Sud grid', async () => {
      const grid = await system.gql(
        `{ interviewGrid(version: 1) { sections { questions {
          key choices choiceLabels { value labelFr labelEn }
        } } } }`,
      );
      const questions = (
        grid.data?.interviewGrid.sections as {
          questions: {
            key: string;
            choices: string[] | null;
            choiceLabels: { value: string; labelFr: string }[] | null;
          }[];
        }[]
      ).flatMap((section) => section.questions);
      const withChoices = questions.filter((question) => question.choices !== null);
      expect(withChoices.length).toBeGreaterThan(0);
      for (const question of withChoices) {
        expect(question.choiceLabels?.map((choice) => choice.value)).toEqual(question.choices);
      }
      expect(
        questions.find((question) => question.key === 'hr.recruitment_difficulty')?.choiceLabels,
      ).toContainEqual({ value: 'SEVERE', labelFr: 'Importantes', labelEn: 'Severe' });
    });

    it('publishes a grid whose choices come with their labels', async () => {
      const published = await system.gql(PUBLISH, {
        input: choiceQuestion([
          { value: 'NONE', labelFr: 'Aucune', labelEn: 'None' },
          { value: 'SOME', labelFr: 'Quelques-unes', labelEn: 'Some' },
        ]),
      });
      expect(published.errors).toBeUndefined();
      expect(published.data?.publishInterviewGrid.sections[0].questions[0]).toEqual({
        key: 'hr.recruitment_difficulty',
        choices: ['NONE', 'SOME'],
        choiceLabels: [
          { value: 'NONE', labelFr: 'Aucune', labelEn: 'None' },
          { value: 'SOME', labelFr: 'Quelques-unes', labelEn: 'Some' },
        ],
      });
    });

    it('refuses labels that do not match the choices, and publishes nothing', async () => {
      const before = await system.gql(`{ interviewGrid { version } }`);
      const input = choiceQuestion([
        { value: 'NONE', labelFr: 'Aucune', labelEn: 'None' },
        { value: 'SOME', labelFr: 'Quelques-unes', labelEn: 'Some' },
      ]);
      const refused = await system.gql(PUBLISH, {
        input: {
          ...input,
          sections: [
            {
              ...input.sections[0],
              questions: [{ ...input.sections[0].questions[0], choices: ['SOME', 'NONE'] }],
            },
          ],
        },
      });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'sections.0.questions.0.choiceLabels',
      });
      const after = await system.gql(`{ interviewGrid { version } }`);
      expect(after.data?.interviewGrid.version).toBe(before.data?.interviewGrid.version);
    });
  });
});
