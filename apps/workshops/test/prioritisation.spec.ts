import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { findAll, parseXml, withAuthorization } from '@symbiose/testing';
import { refusalOf, startWorkshopsApp, WorkshopsTestApp } from './workshops-test-app';

/** How an id that names nothing is refused (NOT_FOUND, naming the field). */
const UNKNOWN_ID = /names nothing that exists or that you may reach$/;

jest.setTimeout(60_000);

const SCHEDULE = `mutation ($input: ScheduleWorkshopInput!) { scheduleWorkshop(input: $input) { id } }`;
const ATTEND = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { personName } }`;
const PROPOSE = `mutation ($input: ProposeActionInput!) { proposeAction(input: $input) { id } }`;
const MATRIX = `closedAt prioritisedCount workshop { id }
  ranking { rank voteCount meanImpact meanInvestment quadrant selected action { id title status } }`;
const CANDIDATES = `mutation ($workshopId: ID!, $actionIds: [ID!]!) {
  addCandidateActions(workshopId: $workshopId, actionIds: $actionIds) { ${MATRIX} }
}`;
const VOTE = `mutation ($workshopId: ID!, $actionId: ID!, $voterOrganizationId: ID!, $impact: Int!,
  $investment: Int!, $comment: String) {
  castPriorityVote(workshopId: $workshopId, actionId: $actionId,
    voterOrganizationId: $voterOrganizationId, impact: $impact, investment: $investment,
    comment: $comment) { ${MATRIX} }
}`;
const CLOSE = `mutation ($workshopId: ID!, $select: Int!) {
  closePrioritisation(workshopId: $workshopId, select: $select) { ${MATRIX} }
}`;
const HELD = `mutation ($id: ID!) { markWorkshopHeld(id: $id) { status } }`;
const PRIORITISATION = `query ($workshopId: ID!) { prioritisation(workshopId: $workshopId) { ${MATRIX} } }`;

const CAHORS_SUD = randomUUID();
const FIRMS = Array.from({ length: 4 }, () => randomUUID());
const OUTSIDER = randomUUID();
const TITLES = [
  'CVthèque partagée et offres d’emploi mutualisées',
  'Gardiennage mutualisé',
  'Tri des déchets coordonné',
  'Signalétique de la zone',
];
/** Per firm, per action: [impact, investment]. */
const SCORES: [number, number][][] = [
  [
    [5, 2],
    [4, 4],
    [4, 2],
    [2, 4],
  ],
  [
    [4, 1],
    [5, 3],
    [4, 3],
    [1, 5],
  ],
  [
    [5, 2],
    [4, 3],
    [3, 2],
    [2, 3],
  ],
  [
    [4, 2],
    [4, 4],
    [4, 1],
    [2, 4],
  ],
];

describe('prioritisation by impact and investment (PostgreSQL)', () => {
  let t: WorkshopsTestApp;
  let workshopId: string;
  let actionIds: string[];

  const vote = (
    actionId: string,
    voterOrganizationId: string,
    impact: number,
    investment: number,
  ) => t.gql(VOTE, { workshopId, actionId, voterOrganizationId, impact, investment });

  async function propose(title: string): Promise<string> {
    const response = await t.gql(PROPOSE, {
      input: { zoneId: CAHORS_SUD, year: 2023, title, theme: 'SERVICES', carrier: 'COMPANIES' },
    });
    expect(response.errors).toBeUndefined();
    return response.data?.proposeAction.id;
  }

  beforeAll(async () => {
    t = await startWorkshopsApp('prioritisation');
    await t.registerZone(CAHORS_SUD);
    for (const organizationId of [...FIRMS, OUTSIDER]) {
      await t.registerOrganization({ organizationId, zoneId: CAHORS_SUD });
    }
    const scheduled = await t.gql(SCHEDULE, {
      input: {
        zoneId: CAHORS_SUD,
        kind: 'PRIORITISATION',
        title: 'Atelier de priorisation',
        startsAt: '2023-03-16T09:00:00+01:00',
        endsAt: '2023-03-16T12:00:00+01:00',
      },
    });
    workshopId = scheduled.data?.scheduleWorkshop.id;
    for (const [index, organizationId] of FIRMS.entries()) {
      await t.gql(ATTEND, {
        input: { workshopId, personName: `Dirigeant ${index}`, organizationId },
      });
    }
    actionIds = [];
    for (const title of TITLES) actionIds.push(await propose(title));
    const added = await t.gql(CANDIDATES, { workshopId, actionIds });
    expect(added.errors).toBeUndefined();
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('refuses votes and the closing until the workshop is held, writing nothing', async () => {
    const early = await vote(actionIds[0], FIRMS[0], 4, 2);
    expect(refusalOf(early)).toEqual({ code: 'BAD_USER_INPUT', field: 'workshopId' });
    expect(early.errors?.[0].message).toBe(
      'workshopId: the workshop is PLANNED: mark it held first',
    );
    const close = await t.gql(CLOSE, { workshopId, select: 1 });
    expect(refusalOf(close)).toEqual({ code: 'BAD_USER_INPUT', field: 'workshopId' });
    expect(await t.count('priority_vote')).toBe(0);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM workshop WHERE prioritisation_closed_at IS NOT NULL`,
    );
    expect(count).toBe(0);

    const held = await t.gql(HELD, { id: workshopId });
    expect(held.data?.markWorkshopHeld.status).toBe('HELD');
  });

  it('takes one vote per attendee organization and action, a new one replacing the old', async () => {
    await vote(actionIds[0], FIRMS[0], 1, 5);
    for (const [firm, scores] of SCORES.entries()) {
      for (const [action, [impact, investment]] of scores.entries()) {
        const response = await vote(actionIds[action], FIRMS[firm], impact, investment);
        expect(response.errors).toBeUndefined();
      }
    }
    expect(await t.count('priority_vote')).toBe(FIRMS.length * TITLES.length);
  });

  it('ranks the matrix by quadrant, then impact, investment and votes', async () => {
    const response = await t.gql(PRIORITISATION, { workshopId });
    expect(response.errors).toBeUndefined();
    const ranking = response.data?.prioritisation.ranking;
    // CV library 4.5/1.75, sorting 3.75/2: quick wins; guarding 4.25/3.5 a major project;
    // signage 1.75/4 to avoid.
    expect(
      ranking.map((entry: Record<string, unknown>) => [
        (entry.action as { title: string }).title,
        entry.rank,
        entry.quadrant,
        entry.meanImpact,
        entry.meanInvestment,
        entry.voteCount,
      ]),
    ).toEqual([
      [TITLES[0], 1, 'QUICK_WIN', 4.5, 1.75, 4],
      [TITLES[2], 2, 'QUICK_WIN', 3.75, 2, 4],
      [TITLES[1], 3, 'MAJOR_PROJECT', 4.25, 3.5, 4],
      [TITLES[3], 4, 'AVOID', 1.75, 4, 4],
    ]);
    expect(response.data?.prioritisation.closedAt).toBeNull();
  });

  it.each([
    ['an impact above 5', { impact: 6 }, 'impact', /^impact: /],
    ['an impact below 1', { impact: 0 }, 'impact', /^impact: /],
    ['an investment above 5', { investment: 9 }, 'investment', /^investment: /],
    [
      'a voter who did not attend',
      { voterOrganizationId: OUTSIDER },
      'voterOrganizationId',
      /only attendees vote$/,
    ],
    ['an unknown voter', { voterOrganizationId: randomUUID() }, 'voterOrganizationId', UNKNOWN_ID],
    ['an action not on the list', { actionId: randomUUID() }, 'actionId', /^actionId: /],
  ])('refuses %s, naming the field, and changes no vote', async (_case, change, field, message) => {
    const before = await t.dataSource.query('SELECT * FROM priority_vote ORDER BY cast_at');
    const response = await t.gql(VOTE, {
      workshopId,
      actionId: actionIds[0],
      voterOrganizationId: FIRMS[0],
      impact: 3,
      investment: 3,
      ...change,
    });
    const code = message === UNKNOWN_ID ? 'NOT_FOUND' : 'BAD_USER_INPUT';
    expect(refusalOf(response)).toEqual({ code, field });
    expect(response.errors?.[0].message).toMatch(message);
    expect(await t.dataSource.query('SELECT * FROM priority_vote ORDER BY cast_at')).toEqual(
      before,
    );
  });

  it('refuses to select more actions than the candidates, changing nothing', async () => {
    const response = await t.gql(CLOSE, { workshopId, select: 5 });
    expect(refusalOf(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'select' });
    expect(response.errors?.[0].message).toBe('select: the workshop has 4 candidate actions');
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM action WHERE status = 'PRIORITISED'`,
    );
    expect(count).toBe(0);
  });

  it('closes the vote, moving the best ranked actions to PRIORITISED', async () => {
    const response = await t.gql(CLOSE, { workshopId, select: 3 });
    expect(response.errors).toBeUndefined();
    const closed = response.data?.closePrioritisation;
    expect(closed.prioritisedCount).toBe(3);
    expect(closed.closedAt).toEqual(expect.any(String));
    expect(
      closed.ranking.map((entry: { selected: boolean; action: { status: string } }) => [
        entry.selected,
        entry.action.status,
      ]),
    ).toEqual([
      [true, 'PRIORITISED'],
      [true, 'PRIORITISED'],
      [true, 'PRIORITISED'],
      [false, 'PROPOSED'],
    ]);
  });

  it('refuses votes, candidates and a second closing once closed', async () => {
    const votes = await t.count('priority_vote');
    const late = await vote(actionIds[3], FIRMS[0], 5, 1);
    expect(refusalOf(late)).toEqual({ code: 'BAD_USER_INPUT', field: 'workshopId' });
    expect(late.errors?.[0].message).toMatch(/^workshopId: the prioritisation closed at /);
    expect(await t.count('priority_vote')).toBe(votes);
    expect(refusalOf(await t.gql(CLOSE, { workshopId, select: 1 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'workshopId',
    });
    const added = await t.gql(CANDIDATES, { workshopId, actionIds: [await propose('Tardive')] });
    expect(refusalOf(added)).toEqual({ code: 'BAD_USER_INPUT', field: 'workshopId' });
    expect(await t.count('prioritisation_candidate')).toBe(TITLES.length);
  });

  it('refuses a candidate that is no longer PROPOSED', async () => {
    const other = await t.gql(SCHEDULE, {
      input: {
        zoneId: CAHORS_SUD,
        kind: 'PRIORITISATION',
        title: 'Deuxième atelier',
        startsAt: '2023-09-14T09:00:00+02:00',
        endsAt: '2023-09-14T12:00:00+02:00',
      },
    });
    const response = await t.gql(CANDIDATES, {
      workshopId: other.data?.scheduleWorkshop.id,
      actionIds: [actionIds[0]],
    });
    expect(refusalOf(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'actionIds' });
  });

  it('draws the matrix as an SVG: four quadrants, one point per action sized by its votes', async () => {
    const response = await request(t.app.getHttpServer())
      .get(`/workshops/${workshopId}/prioritisation.svg`)
      .set(await withAuthorization())
      .responseType('blob');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const svg = parseXml((response.body as Buffer).toString('utf8'));
    const points = findAll(svg, 'circle');
    expect(points.map((point) => point.attributes['data-action-id'])).toEqual([
      actionIds[0],
      actionIds[2],
      actionIds[1],
      actionIds[3],
    ]);
    expect(points.every((point) => point.attributes['data-votes'] === '4')).toBe(true);
    expect(
      findAll(svg, 'rect').filter((rect) => rect.attributes['class'] === 'quadrant'),
    ).toHaveLength(4);
  });

  it('answers 404 for a workshop that is no prioritisation, 400 for an id that is no UUID', async () => {
    const server = t.app.getHttpServer();
    const admin = await withAuthorization();
    expect(
      (await request(server).get(`/workshops/${randomUUID()}/prioritisation.svg`).set(admin))
        .status,
    ).toBe(404);
    expect((await request(server).get('/workshops/x/prioritisation.svg').set(admin)).status).toBe(
      400,
    );
  });
});
