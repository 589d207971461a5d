import request from 'supertest';
import { completeSiret } from '@symbiose/sirene';
import {
  findAll,
  GraphQLResponse,
  parseXml,
  startTestSystem,
  TestSystem,
  waitFor,
  withAuthorization,
} from '@symbiose/testing';

/**
 * The workshops through the gateway, against the built services: a prioritisation workshop
 * in a zone and with firms the directory's events announced, from attendance to closing, its matrix relayed as SVG, the interviews' events reaching the
 * workshops' indicators, and one query for a zone's programme dashboard across subgraphs.
 */
jest.setTimeout(180_000);

const REGISTER = `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }`;
const SCHEDULE = `mutation ($input: ScheduleWorkshopInput!) { scheduleWorkshop(input: $input) { id } }`;
const ATTEND = `mutation ($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { id workshop { id attendances { id } } }
}`;
const PROPOSE = `mutation ($input: ProposeActionInput!) { proposeAction(input: $input) { id } }`;
const VOTE = `mutation ($workshopId: ID!, $actionId: ID!, $voterOrganizationId: ID!, $impact: Int!, $investment: Int!) {
  castPriorityVote(workshopId: $workshopId, actionId: $actionId,
    voterOrganizationId: $voterOrganizationId, impact: $impact, investment: $investment) {
    id ranking { voteCount }
  }
}`;
const DASHBOARD = `query ($id: ID!) {
  zone(id: $id) {
    name organizationCount interviewCount needCount
    workshopCount workshopAttendeeCount actionCount contributingOrganizationCount
  }
  workshops(zoneId: $id, first: 10) {
    nodes { title status attendances { personName organization { name } } }
  }
}`;

describe('workshops behind the gateway', () => {
  let system: TestSystem;
  let zoneId: string;
  const firms: string[] = [];
  /** The two firms at the workshop; the third is only interviewed. */
  const attendees = () => firms.slice(0, 2);
  let workshopId: string;
  const actionIds: string[] = [];

  beforeAll(async () => {
    system = await startTestSystem('workshops');
    const territory = await system.gql(
      `mutation { createTerritory(input: { name: "Grand Cahors" }) { id } }`,
    );
    const zone = await system.gql(
      `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
      {
        input: {
          territoryId: territory.data?.createTerritory.id,
          name: 'Cahors Sud',
          kind: 'MIXED',
          latitude: 44.405,
          longitude: 1.452,
        },
      },
    );
    zoneId = zone.data?.createZone.id;
    for (const [index, name] of [
      'Transports Delmas',
      'Laiterie du Quercy',
      'Menuiserie Lacoste',
    ].entries()) {
      const registered = await system.gql(REGISTER, {
        input: {
          siret: completeSiret(`710000000000${index}`),
          name,
          kind: 'COMPANY',
          nafCode: '49.41A',
          zoneId,
        },
      });
      firms.push(registered.data?.registerOrganization.id);
    }
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('runs a prioritisation workshop: attendance, candidates, votes and closing', async () => {
    // The workshops hear of the zone and the firms from the directory's events: until then they
    // refuse them.
    const scheduled = await waitFor(
      () =>
        system.gql(SCHEDULE, {
          input: {
            zoneId,
            kind: 'PRIORITISATION',
            title: 'Atelier de priorisation',
            startsAt: '2023-03-16T09:00:00+01:00',
            endsAt: '2023-03-16T12:00:00+01:00',
          },
        }),
      (response) => response.errors === undefined,
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    workshopId = scheduled.data?.scheduleWorkshop.id;
    const attendanceIds: string[] = [];
    for (const [index, organizationId] of attendees().entries()) {
      const recorded = await waitFor(
        () =>
          system.gql(ATTEND, {
            input: { workshopId, personName: `Dirigeant ${index}`, organizationId },
          }),
        (response) => response.errors === undefined,
        { timeoutMs: 30_000, intervalMs: 250 },
      );
      expect(recorded.errors).toBeUndefined();
      // The answer holds the workshop's list with the new attendance, for a client's cache.
      const attendance = recorded.data?.recordAttendance;
      attendanceIds.push(attendance.id);
      expect(attendance.workshop.id).toBe(workshopId);
      expect(attendance.workshop.attendances.map((a: { id: string }) => a.id).sort()).toEqual(
        [...attendanceIds].sort(),
      );
    }
    const unknown = await system.gql(ATTEND, {
      input: {
        workshopId,
        personName: 'Inconnu',
        organizationId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'organizationId',
    });
    for (const title of ['CVthèque partagée', 'Gardiennage mutualisé']) {
      const proposed = await system.gql(PROPOSE, {
        input: { zoneId, year: 2023, title, theme: 'SERVICES', carrier: 'COMPANIES' },
      });
      actionIds.push(proposed.data?.proposeAction.id);
    }
    await system.gql(
      `mutation ($workshopId: ID!, $actionIds: [ID!]!) {
        addCandidateActions(workshopId: $workshopId, actionIds: $actionIds) { closedAt }
      }`,
      { workshopId, actionIds },
    );
    // Firms vote in the room: once the workshop is held.
    await system.gql(`mutation ($id: ID!) { markWorkshopHeld(id: $id) { status } }`, {
      id: workshopId,
    });
    let votesCast = 0;
    for (const voterOrganizationId of attendees()) {
      const [quickWin, major] = actionIds;
      const voted = await system.gql(VOTE, {
        workshopId,
        actionId: quickWin,
        voterOrganizationId,
        impact: 5,
        investment: 1,
      });
      // One prioritisation per workshop, keyed by its id: a client's cached copy takes each vote.
      votesCast += 1;
      expect(voted.data?.castPriorityVote.id).toBe(workshopId);
      const counted = voted.data?.castPriorityVote.ranking.map(
        (entry: { voteCount: number }) => entry.voteCount,
      );
      expect(counted.reduce((sum: number, count: number) => sum + count, 0)).toBe(votesCast);
      await system.gql(VOTE, {
        workshopId,
        actionId: major,
        voterOrganizationId,
        impact: 4,
        investment: 5,
      });
      votesCast += 1;
    }
    const refused = await system.gql(VOTE, {
      workshopId,
      actionId: actionIds[0],
      voterOrganizationId: firms[0],
      impact: 7,
      investment: 1,
    });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'impact',
    });

    const closed = await system.gql(
      `mutation ($workshopId: ID!) {
        closePrioritisation(workshopId: $workshopId, select: 1) {
          ranking { rank quadrant selected action { title status zone { name } } }
        }
      }`,
      { workshopId },
    );
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closePrioritisation.ranking).toEqual([
      {
        rank: 1,
        quadrant: 'QUICK_WIN',
        selected: true,
        action: { title: 'CVthèque partagée', status: 'PRIORITISED', zone: { name: 'Cahors Sud' } },
      },
      {
        rank: 2,
        quadrant: 'MAJOR_PROJECT',
        selected: false,
        action: {
          title: 'Gardiennage mutualisé',
          status: 'PROPOSED',
          zone: { name: 'Cahors Sud' },
        },
      },
    ]);
  });

  it('relays the prioritisation matrix as an SVG', async () => {
    const response = await fetch(
      `${system.gatewayUrl}/workshops/${workshopId}/prioritisation.svg`,
      {
        headers: await withAuthorization(),
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = parseXml(await response.text());
    const points = findAll(svg, 'circle');
    expect(points.map((point) => point.attributes['data-action-id'])).toEqual(actionIds);
    expect(points.map((point) => point.attributes['data-votes'])).toEqual(['2', '2']);
  });

  it('relays a 404 for a workshop that is no prioritisation', async () => {
    const response = await fetch(
      `${system.gatewayUrl}/workshops/00000000-0000-4000-8000-000000000000/prioritisation.svg`,
      { headers: await withAuthorization() },
    );
    expect(response.status).toBe(404);
  });

  it('adds scenarios and follow-up meetings to Synergy in the composed schema', async () => {
    const response = await system.gql(`{ __type(name: "Synergy") { fields { name } } }`);
    const fields = response.data?.__type.fields.map((field: { name: string }) => field.name);
    expect(fields).toEqual(expect.arrayContaining(['id', 'scenarios', 'followUpMeetings']));
  });

  it('answers a zone’s programme dashboard in one query, interviews counted from their events', async () => {
    const interviewed = await waitFor(
      () =>
        system.gql(
          `mutation ($input: PlanInterviewInput!) { planInterview(input: $input) { id } }`,
          { input: { organizationId: firms[2], interviewer: 'Anne Delpech' } },
        ),
      (response) => response.errors === undefined,
    );
    const id = interviewed.data?.planInterview.id;
    await system.gql(`mutation ($id: ID!) { startInterview(id: $id) { status } }`, { id });
    await system.gql(
      `mutation ($input: RecordDeclarationInput!) { recordDeclaration(input: $input) { id } }`,
      {
        input: {
          organizationId: firms[2],
          interviewId: id,
          kind: 'NEED',
          theme: 'SERVICES',
          categoryCode: 'SERVICE_SECURITY_GUARDING',
          label: 'Gardiennage de nuit',
        },
      },
    );
    await system.gql(
      `mutation ($input: CompleteInterviewInput!) { completeInterview(input: $input) { status } }`,
      { input: { id, conductedOn: '2022-11-08' } },
    );
    // The third firm contributes once its interview's event reaches the workshops.
    const response = await waitFor(
      () => system.gql(DASHBOARD, { id: zoneId }),
      (result) => result.data?.zone.contributingOrganizationCount === 3,
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.zone).toEqual({
      name: 'Cahors Sud',
      organizationCount: 3,
      interviewCount: 1,
      needCount: 1,
      workshopCount: 1,
      workshopAttendeeCount: 2,
      actionCount: 2,
      contributingOrganizationCount: 3,
    });
    expect(response.data?.workshops.nodes).toEqual([
      {
        title: 'Atelier de priorisation',
        status: 'HELD',
        attendances: [
          { personName: 'Dirigeant 0', organization: { name: 'Transports Delmas' } },
          { personName: 'Dirigeant 1', organization: { name: 'Laiterie du Quercy' } },
        ],
      },
    ]);
  });

  it('refuses an instant without its offset or on a day that does not exist, naming its field', async () => {
    const post = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await request(system.gatewayUrl)
        .post('/graphql')
        .set(await withAuthorization())
        .send({ query, variables });
      return { status: response.status, body: response.body as GraphQLResponse };
    };
    const COUNT = `query ($id: ID!) { workshops(zoneId: $id, first: 1) { totalCount } }`;
    const count = async () => (await system.gql(COUNT, { id: zoneId })).data?.workshops.totalCount;
    const before = await count();
    const fields = `zoneId: "${zoneId}", kind: AWARENESS_EVENT, title: "Réunion"`;
    const cases: [string, Record<string, string>][] = [
      ['startsAt', { startsAt: '2023-03-16T09:00:00', endsAt: '2023-03-16T12:00:00+01:00' }],
      ['endsAt', { startsAt: '2023-03-16T09:00:00+01:00', endsAt: '2023-02-30T12:00:00+01:00' }],
    ];
    for (const [field, times] of cases) {
      const literal = await post(
        `mutation { scheduleWorkshop(input: { ${fields},
          startsAt: "${times.startsAt}", endsAt: "${times.endsAt}" }) { id } }`,
      );
      const variable = await post(SCHEDULE, {
        input: { zoneId, kind: 'AWARENESS_EVENT', title: 'Réunion', ...times },
      });
      for (const refused of [literal, variable]) {
        expect(refused.status).toBe(400);
        expect(refused.body.data).toBeUndefined();
        expect(refused.body.errors?.[0].message).toContain(
          'must be a date and time, ISO 8601 with its offset',
        );
        expect(refused.body.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_VALUE',
          field,
        });
      }
    }
    const reversed = await system.gql(SCHEDULE, {
      input: {
        zoneId,
        kind: 'AWARENESS_EVENT',
        title: 'Réunion',
        startsAt: '2023-03-16T12:00:00+01:00',
        endsAt: '2023-03-16T09:00:00+01:00',
      },
    });
    expect(reversed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'endsAt',
    });
    expect(await count()).toBe(before);
  });
});
