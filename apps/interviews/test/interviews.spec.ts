import { randomUUID } from 'node:crypto';
import { CAHORS_SUD_GRID } from '../src/interview-grid/cahors-sud-grid';
import { InterviewService } from '../src/interview/interview.service';
import { InterviewsTestApp, refusalOf, startInterviewsApp } from './interviews-test-app';

jest.setTimeout(60_000);

const INTERVIEW = `id organizationId gridVersion status plannedFor conductedOn interviewer notes
  cancellationReason organization { id } answers { questionKey value }
  amendments { reason before after }`;
const PLAN = `mutation ($input: PlanInterviewInput!) { planInterview(input: $input) { ${INTERVIEW} } }`;
const START = `mutation ($id: ID!) { startInterview(id: $id) { ${INTERVIEW} } }`;
const ANSWER = `mutation ($input: RecordAnswerInput!) { recordAnswer(input: $input) { ${INTERVIEW} } }`;
const COMPLETE = `mutation ($input: CompleteInterviewInput!) {
  completeInterview(input: $input) { ${INTERVIEW} }
}`;
const CANCEL = `mutation ($input: CancelInterviewInput!) { cancelInterview(input: $input) { ${INTERVIEW} } }`;
const AMEND = `mutation ($input: AmendInterviewInput!) { amendInterview(input: $input) { ${INTERVIEW} } }`;
const RECORD_DECLARATION = `mutation ($input: RecordDeclarationInput!) {
  recordDeclaration(input: $input) { id }
}`;
const GRID = `query ($version: Int) {
  interviewGrid(version: $version) {
    version title sections {
      theme titleFr titleEn
      questions { key labelFr labelEn answerType choices choiceLabels { value labelFr labelEn } }
    }
  }
}`;
const PUBLISH = `mutation ($input: PublishInterviewGridInput!) {
  publishInterviewGrid(input: $input) { version title }
}`;

const CAHORS_SUD = randomUUID();
const REGOURD = randomUUID();
const MENUISERIE = randomUUID();
const LAITERIE = randomUUID();
const FERMEE = randomUUID();

/** The grid as GraphQL gives it back: questions without choices have `choices: null`. */
const CAHORS_SUD_SECTIONS = CAHORS_SUD_GRID.sections.map((section) => ({
  ...section,
  questions: section.questions.map((question) => ({
    choices: null,
    choiceLabels: null,
    ...question,
  })),
}));

describe('interview lifecycle (PostgreSQL)', () => {
  let t: InterviewsTestApp;

  async function plan(organizationId: string, plannedFor?: string): Promise<string> {
    const planned = await t.gql(PLAN, {
      input: { organizationId, interviewer: 'Anne Delpech', plannedFor },
    });
    expect(planned.errors).toBeUndefined();
    return planned.data?.planInterview.id;
  }

  async function interviewCount(): Promise<number> {
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM interview');
    return count;
  }

  beforeAll(async () => {
    t = await startInterviewsApp('interviews');
    await t.projectOrganization('organization.registered', {
      organizationId: MENUISERIE,
      name: 'Menuiserie Lacoste',
      zoneId: CAHORS_SUD,
    });
    await t.projectOrganization('organization.registered', {
      organizationId: LAITERIE,
      name: 'Laiterie du Quercy',
      zoneId: REGOURD,
    });
    await t.projectOrganization('organization.archived', {
      organizationId: FERMEE,
      name: 'Fermée SARL',
      zoneId: CAHORS_SUD,
      status: 'ARCHIVED',
    });
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('has the Cahors Sud grid as version 1, and as the latest until another is published', async () => {
    const versionOne = await t.gql(GRID, { version: 1 });
    const latest = await t.gql(GRID);

    expect(versionOne.errors).toBeUndefined();
    expect(versionOne.data?.interviewGrid).toEqual({
      version: 1,
      title: CAHORS_SUD_GRID.title,
      sections: CAHORS_SUD_SECTIONS,
    });
    expect(latest.data?.interviewGrid).toEqual(versionOne.data?.interviewGrid);
    expect((await t.gql(GRID, { version: 9 })).data?.interviewGrid).toBeNull();
  });

  it.each([
    ['an unknown organization', randomUUID(), 'names nothing that exists', 'NOT_FOUND'],
    ['an archived organization', FERMEE, 'archived', 'BAD_USER_INPUT'],
  ])(
    'refuses to plan an interview of %s, naming organizationId',
    async (_case, id, reason, code) => {
      const before = await interviewCount();

      const response = await t.gql(PLAN, {
        input: { organizationId: id, interviewer: 'Anne Delpech' },
      });

      expect(refusalOf(response)).toEqual({ code, field: 'organizationId' });
      expect(response.errors?.[0].message).toContain(reason);
      expect(await interviewCount()).toBe(before);
    },
  );

  it('refuses to plan an interview without an interviewer, naming interviewer', async () => {
    const before = await interviewCount();

    const response = await t.gql(PLAN, {
      input: { organizationId: MENUISERIE, interviewer: '   ' },
    });

    expect(refusalOf(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'interviewer' });
    expect(await interviewCount()).toBe(before);
  });

  describe('from plan to amendment', () => {
    let interviewId: string;

    it('plans an interview on the latest grid', async () => {
      const planned = await t.gql(PLAN, {
        input: {
          organizationId: MENUISERIE,
          interviewer: ' Anne Delpech ',
          plannedFor: '2025-03-04',
        },
      });

      expect(planned.errors).toBeUndefined();
      interviewId = planned.data?.planInterview.id;
      expect(planned.data?.planInterview).toMatchObject({
        organizationId: MENUISERIE,
        organization: { id: MENUISERIE },
        gridVersion: 1,
        status: 'PLANNED',
        plannedFor: '2025-03-04',
        conductedOn: null,
        interviewer: 'Anne Delpech',
        answers: [],
        amendments: [],
      });
    });

    it('takes answers only once started', async () => {
      const early = await t.gql(ANSWER, {
        input: { interviewId, questionKey: 'waste.sorted_on_site', value: true },
      });
      expect(refusalOf(early)).toEqual({ code: 'BAD_USER_INPUT', field: 'interviewId' });
      expect(early.errors?.[0].message).toContain('start it first');

      const started = await t.gql(START, { id: interviewId });
      expect(started.data?.startInterview.status).toBe('IN_PROGRESS');
      const startedAgain = await t.gql(START, { id: interviewId });
      expect(refusalOf(startedAgain)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    });

    it('records and replaces answers that fit their question', async () => {
      const answers: [string, unknown][] = [
        ['waste.sorted_on_site', false],
        ['waste.sorted_on_site', true],
        ['waste.annual_cost_eur', 4200],
        ['services.pooling_interest', ['SECURITY', 'WASTE_COLLECTION']],
        ['hr.recruitment_difficulty', 'SOME'],
        ['waste.main_flows', 'Chutes de bois, cartons'],
      ];
      let last;
      for (const [questionKey, value] of answers) {
        last = await t.gql(ANSWER, { input: { interviewId, questionKey, value } });
        expect(last.errors).toBeUndefined();
      }

      expect(last?.data?.recordAnswer.answers).toEqual([
        { questionKey: 'hr.recruitment_difficulty', value: 'SOME' },
        { questionKey: 'services.pooling_interest', value: ['SECURITY', 'WASTE_COLLECTION'] },
        { questionKey: 'waste.annual_cost_eur', value: 4200 },
        { questionKey: 'waste.main_flows', value: 'Chutes de bois, cartons' },
        { questionKey: 'waste.sorted_on_site', value: true },
      ]);

      // Each answer also reads typed, in the field of its question's type, beside the question.
      const typed = await t.gql(
        `query ($id: ID!) { interview(id: $id) { answers {
          questionKey question { answerType labelFr }
          textValue numberValue booleanValue choiceValues
        } } }`,
        { id: interviewId },
      );
      const none = { textValue: null, numberValue: null, booleanValue: null, choiceValues: null };
      const byKey = Object.fromEntries(
        typed.data?.interview.answers.map(
          ({ questionKey, question, ...values }: Record<string, unknown>) => [
            questionKey,
            { type: (question as { answerType: string }).answerType, ...values },
          ],
        ),
      );
      expect(byKey).toEqual({
        'hr.recruitment_difficulty': { type: 'CHOICE', ...none, choiceValues: ['SOME'] },
        'services.pooling_interest': {
          type: 'MULTI_CHOICE',
          ...none,
          choiceValues: ['SECURITY', 'WASTE_COLLECTION'],
        },
        'waste.annual_cost_eur': { type: 'NUMBER', ...none, numberValue: 4200 },
        'waste.main_flows': { type: 'TEXT', ...none, textValue: 'Chutes de bois, cartons' },
        'waste.sorted_on_site': { type: 'BOOLEAN', ...none, booleanValue: true },
      });
      expect(
        typed.data?.interview.answers.every(
          (answer: { question: { labelFr: string } }) => answer.question.labelFr.length > 0,
        ),
      ).toBe(true);
    });

    it.each([
      ['waste.sorted_on_site', 'oui', 'value'],
      ['waste.annual_cost_eur', '4200', 'value'],
      ['hr.recruitment_difficulty', 'A_LOT', 'value'],
      ['services.pooling_interest', ['SECURITY', 'SECURITY'], 'value'],
      ['waste.main_flows', '  ', 'value'],
      ['waste.colour_of_bins', 'vert', 'questionKey'],
    ])('refuses %s answered %j, naming %s', async (questionKey, value, field) => {
      const response = await t.gql(ANSWER, { input: { interviewId, questionKey, value } });

      expect(refusalOf(response)).toEqual({ code: 'BAD_USER_INPUT', field });
      const [{ count }] = await t.dataSource.query(
        'SELECT count(*)::int AS count FROM interview_answer WHERE interview_id = $1',
        [interviewId],
      );
      expect(count).toBe(5);
    });

    it('completes the interview with one event counting its active needs and resources', async () => {
      const declare = async (input: Record<string, unknown>) => {
        const response = await t.gql(RECORD_DECLARATION, {
          input: { organizationId: MENUISERIE, interviewId, label: 'Déclaration', ...input },
        });
        expect(response.errors).toBeUndefined();
        return response.data?.recordDeclaration.id;
      };
      const guarding = {
        kind: 'NEED',
        theme: 'SERVICES',
        categoryCode: 'SERVICE_SECURITY_GUARDING',
      };
      await declare(guarding);
      await declare({ ...guarding, categoryCode: 'SERVICE_VIDEO_SURVEILLANCE' });
      await declare({ kind: 'RESOURCE', theme: 'MATERIALS_WASTE', categoryCode: 'WASTE_WOOD' });
      const withdrawn = await declare({ ...guarding, categoryCode: 'SERVICE_CLEANING' });
      await t.gql(`mutation ($id: ID!) { withdrawDeclaration(id: $id) { id } }`, { id: withdrawn });

      const completed = await t.gql(COMPLETE, {
        input: { id: interviewId, conductedOn: '2025-03-04', notes: 'Visite du site' },
      });

      expect(completed.errors).toBeUndefined();
      expect(completed.data?.completeInterview).toMatchObject({
        status: 'COMPLETED',
        conductedOn: '2025-03-04',
        notes: 'Visite du site',
      });
      const events = await t.dataSource.query(
        `SELECT payload FROM outbox_event WHERE type = 'interview.completed'`,
      );
      expect(events).toEqual([
        {
          payload: {
            interviewId,
            organizationId: MENUISERIE,
            zoneId: CAHORS_SUD,
            gridVersion: 1,
            conductedOn: '2025-03-04',
            needCount: 2,
            resourceCount: 1,
          },
        },
      ]);
      const again = await t.gql(COMPLETE, { input: { id: interviewId } });
      expect(refusalOf(again)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    });

    it('refuses changes to the completed interview other than an amendment', async () => {
      const answer = await t.gql(ANSWER, {
        input: { interviewId, questionKey: 'waste.sorted_on_site', value: false },
      });
      const cancel = await t.gql(CANCEL, { input: { id: interviewId, reason: 'Erreur' } });

      expect(refusalOf(answer)).toEqual({ code: 'BAD_USER_INPUT', field: 'interviewId' });
      expect(answer.errors?.[0].message).toContain('amendInterview');
      expect(refusalOf(cancel)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    });

    it('amends the completed interview, keeping the values before and after', async () => {
      const amended = await t.gql(AMEND, {
        input: {
          interviewId,
          reason: 'Le tri a été vérifié sur place',
          answers: [
            { questionKey: 'waste.sorted_on_site', value: false },
            { questionKey: 'fluids.waste_heat', value: true },
          ],
          notes: 'Visite du site, tri à mettre en place',
        },
      });

      expect(amended.errors).toBeUndefined();
      expect(amended.data?.amendInterview).toMatchObject({
        status: 'COMPLETED',
        notes: 'Visite du site, tri à mettre en place',
        amendments: [
          {
            reason: 'Le tri a été vérifié sur place',
            before: {
              notes: 'Visite du site',
              answers: { 'waste.sorted_on_site': true, 'fluids.waste_heat': null },
            },
            after: {
              notes: 'Visite du site, tri à mettre en place',
              answers: { 'waste.sorted_on_site': false, 'fluids.waste_heat': true },
            },
          },
        ],
      });
      expect(amended.data?.amendInterview.answers).toContainEqual({
        questionKey: 'waste.sorted_on_site',
        value: false,
      });
    });

    it.each([
      [{ reason: 'Rien' }, 'answers'],
      [{ reason: 'Date', conductedOn: '2999-01-01' }, 'conductedOn'],
      [
        { reason: 'Type', answers: [{ questionKey: 'waste.annual_cost_eur', value: 'cher' }] },
        'answers.0.value',
      ],
      [{ reason: '  ', notes: 'x' }, 'reason'],
    ])('refuses the amendment %j, naming %s', async (input, field) => {
      const response = await t.gql(AMEND, { input: { interviewId, ...input } });

      expect(refusalOf(response)).toEqual({ code: 'BAD_USER_INPUT', field });
      const [{ count }] = await t.dataSource.query(
        'SELECT count(*)::int AS count FROM interview_amendment',
      );
      expect(count).toBe(1);
    });

    it('refuses to amend an interview that is not completed', async () => {
      const planned = await plan(MENUISERIE);
      const response = await t.gql(AMEND, {
        input: { interviewId: planned, reason: 'Trop tôt', notes: 'x' },
      });

      expect(refusalOf(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'interviewId' });
    });
  });

  it('cancels an interview with its reason, after which it cannot start', async () => {
    const id = await plan(LAITERIE);

    const blank = await t.gql(CANCEL, { input: { id, reason: '   ' } });
    expect(refusalOf(blank)).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    const cancelled = await t.gql(CANCEL, { input: { id, reason: ' Entreprise injoignable ' } });
    const started = await t.gql(START, { id });

    expect(cancelled.data?.cancelInterview).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'Entreprise injoignable',
    });
    expect(refusalOf(started)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(started.errors?.[0].message).toContain('CANCELLED');
  });

  it('lists interviews by zone, organization and status', async () => {
    const laiterieInterview = await plan(LAITERIE, '2025-05-01');
    const list = async (filter: Record<string, unknown>) => {
      const response = await t.gql(
        `query ($filter: InterviewFilter) {
          interviews(filter: $filter, first: 50) { totalCount nodes { id organizationId status } }
        }`,
        { filter },
      );
      expect(response.errors).toBeUndefined();
      return response.data?.interviews;
    };

    const inCahorsSud = await list({ zoneId: CAHORS_SUD });
    const inRegourd = await list({ zoneId: REGOURD });
    const planned = await list({ organizationId: LAITERIE, status: 'PLANNED' });
    const completed = await list({ status: 'COMPLETED' });

    expect(
      inCahorsSud.nodes.every(
        (node: { organizationId: string }) => node.organizationId === MENUISERIE,
      ),
    ).toBe(true);
    expect(inCahorsSud.totalCount).toBe(2);
    expect(inRegourd.totalCount).toBe(2);
    expect(planned.nodes).toEqual([
      { id: laiterieInterview, organizationId: LAITERIE, status: 'PLANNED' },
    ]);
    expect(completed.nodes).toHaveLength(1);
    expect(
      refusalOf(await t.gql(`{ interviews(filter: { zoneId: "cahors" }) { totalCount } }`)),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.zoneId',
    });
  });

  describe('grid versions', () => {
    const section = (keys: string[]) => ({
      theme: 'MATERIALS_WASTE',
      titleFr: 'Matières et déchets',
      titleEn: 'Materials and waste',
      questions: keys.map((key) => ({
        key,
        labelFr: `Question ${key}`,
        labelEn: `Question ${key}`,
        answerType: 'TEXT',
      })),
    });

    it('publishes version 2 and leaves version 1 as it was', async () => {
      const before = (await t.gql(GRID, { version: 1 })).data;

      const published = await t.gql(PUBLISH, {
        input: { title: 'Grille 2026', sections: [section(['waste.main_flows', 'waste.storage'])] },
      });

      expect(published.errors).toBeUndefined();
      expect(published.data?.publishInterviewGrid).toEqual({ version: 2, title: 'Grille 2026' });
      expect((await t.gql(GRID)).data?.interviewGrid.version).toBe(2);
      expect((await t.gql(GRID, { version: 1 })).data).toEqual(before);
      const planned = await t.gql(PLAN, {
        input: { organizationId: MENUISERIE, interviewer: 'Anne Delpech' },
      });
      expect(planned.data?.planInterview.gridVersion).toBe(2);
      const onVersionOne = await t.gql(PLAN, {
        input: { organizationId: MENUISERIE, interviewer: 'Anne Delpech', gridVersion: 1 },
      });
      expect(onVersionOne.data?.planInterview.gridVersion).toBe(1);
    });

    it('refuses a grid with a question key used twice, and publishes nothing', async () => {
      const response = await t.gql(PUBLISH, {
        input: {
          title: 'Grille en double',
          sections: [section(['waste.main_flows']), section(['waste.storage', 'waste.main_flows'])],
        },
      });

      expect(refusalOf(response)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'sections.1.questions.1.key',
      });
      expect(response.errors?.[0].message).toContain('waste.main_flows is used twice');
      expect((await t.gql(GRID)).data?.interviewGrid.version).toBe(2);
    });

    it('refuses to plan on a grid version that does not exist', async () => {
      const response = await t.gql(PLAN, {
        input: { organizationId: MENUISERIE, interviewer: 'Anne Delpech', gridVersion: 7 },
      });

      expect(refusalOf(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'gridVersion' });
    });
  });

  it("pages each organization's interviews in one batch for every organization asked", async () => {
    const pages = jest.spyOn(t.app.get(InterviewService), 'pagesOfOrganizations');
    const ORGANIZATION_INTERVIEWS = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Organization { id interviews(first: 1) { totalCount nodes { organizationId } pageInfo { hasNextPage } } }
      }
    }`;
    const unknown = randomUUID();
    const response = await t.gql(ORGANIZATION_INTERVIEWS, {
      representations: [MENUISERIE, LAITERIE, unknown].map((id) => ({
        __typename: 'Organization',
        id,
      })),
    });
    const batches = pages.mock.calls.length;
    pages.mockRestore();

    expect(response.errors).toBeUndefined();
    expect(batches).toBe(1);
    const [menuiserie, laiterie, none] = response.data?._entities ?? [];
    const count = async (id: string) =>
      (
        await t.dataSource.query(
          'SELECT count(*)::int AS n FROM interview WHERE organization_id = $1',
          [id],
        )
      )[0].n;
    expect(menuiserie.interviews.totalCount).toBe(await count(MENUISERIE));
    expect(menuiserie.interviews.nodes).toEqual([{ organizationId: MENUISERIE }]);
    expect(menuiserie.interviews.pageInfo.hasNextPage).toBe((await count(MENUISERIE)) > 1);
    expect(laiterie.interviews.totalCount).toBe(await count(LAITERIE));
    expect(none.interviews).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false } });
  });
});
