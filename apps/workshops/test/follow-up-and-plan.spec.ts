import { randomUUID } from 'node:crypto';
import {
  refusalOf,
  startWorkshopsApp,
  synergySnapshot,
  WorkshopsTestApp,
} from './workshops-test-app';

jest.setTimeout(60_000);

const SCHEDULE = `mutation ($input: ScheduleWorkshopInput!) { scheduleWorkshop(input: $input) { id } }`;
const HELD = `mutation ($id: ID!) { markWorkshopHeld(id: $id) { status } }`;
const ATTEND = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { personName } }`;
const ADD_SCENARIO = `mutation ($input: AddScenarioInput!) {
  addScenario(input: $input) { id title costCents expectedImpact selectedAt synergy { id } }
}`;
const SELECT_SCENARIO = `mutation ($scenarioId: ID!, $workshopId: ID!) {
  selectScenario(scenarioId: $scenarioId, workshopId: $workshopId) { id selectedAt selectedIn { id } }
}`;
const SYNERGY_FIELDS = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Synergy { id scenarios { title selectedAt } followUpMeetings { title synergy { id } } }
  }
}`;
const PROPOSE = `mutation ($input: ProposeActionInput!) { proposeAction(input: $input) { id status } }`;
const CHANGE_STATUS = `mutation ($input: ChangeActionStatusInput!) { changeActionStatus(input: $input) { status } }`;
const ADD_MILESTONE = `mutation ($input: AddMilestoneInput!) {
  addMilestone(input: $input) { id action { id milestones { id } } }
}`;
const COMPLETE_MILESTONE = `mutation ($input: CompleteMilestoneInput!) { completeMilestone(input: $input) { completedOn } }`;
const ACTION_PLAN = `query ($zoneId: ID!, $year: Int!, $asOf: Date) {
  actionPlan(zoneId: $zoneId, year: $year, asOf: $asOf) {
    year zone { id }
    groups { carrier actions { title } }
    milestonesDue { title dueOn }
    milestonesLate { title dueOn }
    synergyTarget { target inPlace reached byStatus { status count } }
  }
}`;
const ZONE_INDICATORS = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Zone { id workshopCount workshopAttendeeCount actionCount contributingOrganizationCount }
  }
}`;

const CAHORS_SUD = randomUUID();
const REGOURD = randomUUID();
const ARCHIVED_FIRM = randomUUID();

describe('the follow-up of synergies, the action plan and the indicators (PostgreSQL)', () => {
  let t: WorkshopsTestApp;

  const schedule = async (input: Record<string, unknown>) => {
    const response = await t.gql(SCHEDULE, {
      input: {
        zoneId: CAHORS_SUD,
        startsAt: '2023-05-11T14:00:00+02:00',
        endsAt: '2023-05-11T16:00:00+02:00',
        ...input,
      },
    });
    expect(response.errors).toBeUndefined();
    return response.data?.scheduleWorkshop.id as string;
  };
  const propose = async (input: Record<string, unknown>) => {
    const response = await t.gql(PROPOSE, {
      input: { zoneId: CAHORS_SUD, year: 2023, theme: 'SERVICES', carrier: 'ANIMATION', ...input },
    });
    expect(response.errors).toBeUndefined();
    return response.data?.proposeAction.id as string;
  };

  beforeAll(async () => {
    t = await startWorkshopsApp('follow_up');
    await t.registerZone(CAHORS_SUD);
    await t.registerZone(REGOURD);
    await t.registerOrganization({ organizationId: ARCHIVED_FIRM, status: 'ARCHIVED' });
  });

  afterAll(async () => {
    await t?.stop();
  });

  describe('scenarios', () => {
    let synergyId: string;
    let groupMeeting: string;

    beforeAll(async () => {
      synergyId = await t.detectSynergy([CAHORS_SUD]);
      groupMeeting = await schedule({
        kind: 'FOLLOW_UP_GROUP',
        title: 'Groupe gardiennage – réunion 1',
        synergyId,
      });
    });

    it('compares scenarios and chooses one, telling the engine in the same transaction', async () => {
      const added = [];
      for (const [title, costCents] of [
        ['Un gardien pour la zone', 4_200_000],
        ['Rondes d’une société de surveillance', 1_800_000],
      ] as const) {
        const response = await t.gql(ADD_SCENARIO, {
          input: {
            synergyId,
            title,
            costCents,
            expectedImpact: '−30 % sur les coûts de gardiennage',
          },
        });
        expect(response.errors).toBeUndefined();
        added.push(response.data?.addScenario);
      }
      expect(added[1]).toMatchObject({
        costCents: 1_800_000,
        selectedAt: null,
        synergy: { id: synergyId },
      });

      const early = await t.gql(SELECT_SCENARIO, {
        scenarioId: added[1].id,
        workshopId: groupMeeting,
      });
      expect(refusalOf(early)).toEqual({ code: 'BAD_USER_INPUT', field: 'workshopId' });
      expect(early.errors?.[0].message).toBe(
        'workshopId: the workshop is PLANNED: mark it held first',
      );
      expect(await t.countChangeEvents()).toBe(0);
      await t.gql(HELD, { id: groupMeeting });

      const selected = await t.gql(SELECT_SCENARIO, {
        scenarioId: added[1].id,
        workshopId: groupMeeting,
      });
      expect(selected.errors).toBeUndefined();
      expect(selected.data?.selectScenario.selectedIn).toEqual({ id: groupMeeting });

      const events = await t.dataSource.query(
        `SELECT type, payload FROM outbox_event WHERE type = 'scenario.selected'`,
      );
      expect(events).toEqual([
        {
          type: 'scenario.selected',
          payload: {
            scenarioId: added[1].id,
            synergyId,
            workshopId: groupMeeting,
            title: 'Rondes d’une société de surveillance',
          },
        },
      ]);

      const again = await t.gql(SELECT_SCENARIO, {
        scenarioId: added[0].id,
        workshopId: groupMeeting,
      });
      expect(refusalOf(again)).toEqual({ code: 'BAD_USER_INPUT', field: 'scenarioId' });
    });

    it('adds scenarios and follow-up meetings to the engine’s Synergy', async () => {
      const response = await t.gql(SYNERGY_FIELDS, {
        representations: [
          { __typename: 'Synergy', id: synergyId },
          { __typename: 'Synergy', id: randomUUID() },
        ],
      });
      expect(response.errors).toBeUndefined();
      const [followed, other] = response.data?._entities ?? [];
      expect(followed.scenarios.map((s: { title: string }) => s.title)).toEqual([
        'Un gardien pour la zone',
        'Rondes d’une société de surveillance',
      ]);
      expect(followed.followUpMeetings).toEqual([
        { title: 'Groupe gardiennage – réunion 1', synergy: { id: synergyId } },
      ]);
      expect(other).toMatchObject({ scenarios: [], followUpMeetings: [] });
    });

    it('refuses a scenario of an unknown synergy, and a choice outside its follow-up group', async () => {
      const scenarios = await t.count('scenario');
      const unknown = await t.gql(ADD_SCENARIO, {
        input: { synergyId: randomUUID(), title: 'x', costCents: 0, expectedImpact: 'x' },
      });
      expect(refusalOf(unknown)).toEqual({ code: 'NOT_FOUND', field: 'synergyId' });
      const negative = await t.gql(ADD_SCENARIO, {
        input: { synergyId, title: 'x', costCents: -1, expectedImpact: 'x' },
      });
      expect(refusalOf(negative)).toEqual({ code: 'BAD_USER_INPUT', field: 'costCents' });
      expect(await t.count('scenario')).toBe(scenarios);

      const otherSynergy = await t.detectSynergy([CAHORS_SUD]);
      const otherScenario = await t.gql(ADD_SCENARIO, {
        input: {
          synergyId: otherSynergy,
          title: 'Bacs partagés',
          costCents: 90_000,
          expectedImpact: 'x',
        },
      });
      const wrongGroup = await t.gql(SELECT_SCENARIO, {
        scenarioId: otherScenario.data?.addScenario.id,
        workshopId: groupMeeting,
      });
      expect(refusalOf(wrongGroup)).toEqual({ code: 'BAD_USER_INPUT', field: 'workshopId' });
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM outbox_event WHERE type = 'scenario.selected'`,
      );
      expect(count).toBe(1);
    });
  });

  describe('actions and the action plan', () => {
    it('moves an action one step at a time and refuses a step the lifecycle forbids', async () => {
      const id = await propose({ title: 'Étude de gardiennage' });
      const skip = await t.gql(CHANGE_STATUS, { input: { id, status: 'IN_PROGRESS' } });
      expect(refusalOf(skip)).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });
      expect(skip.errors?.[0].message).toBe(
        'status: an action PROPOSED moves only to PRIORITISED or DROPPED, not to IN_PROGRESS',
      );
      for (const status of ['PRIORITISED', 'PLANNED', 'DROPPED']) {
        const moved = await t.gql(CHANGE_STATUS, { input: { id, status } });
        expect(moved.data?.changeActionStatus.status).toBe(status);
      }
      const revived = await t.gql(CHANGE_STATUS, { input: { id, status: 'PLANNED' } });
      expect(revived.errors?.[0].message).toBe('status: the action is DROPPED, which is final');
    });

    const [BAD, UNKNOWN] = ['BAD_USER_INPUT', 'NOT_FOUND'];
    it.each([
      ['a category of another theme', { categoryCode: 'WASTE_CARDBOARD' }, 'categoryCode', BAD],
      ['an unknown category', { categoryCode: 'SERVICE_TELEPORTATION' }, 'categoryCode', BAD],
      ['an unknown synergy', { synergyIds: [randomUUID()] }, 'synergyIds', UNKNOWN],
      ['an owner that is no UUID', { ownerOrganizationId: 'delmas' }, 'ownerOrganizationId', BAD],
      ['an unknown owner', { ownerOrganizationId: randomUUID() }, 'ownerOrganizationId', UNKNOWN],
      ['an unknown zone', { zoneId: randomUUID() }, 'zoneId', UNKNOWN],
      ['an archived owner', { ownerOrganizationId: ARCHIVED_FIRM }, 'ownerOrganizationId', BAD],
    ])('refuses an action with %s, and writes nothing', async (_case, change, field, code) => {
      const before = await t.count('action');
      const response = await t.gql(PROPOSE, {
        input: {
          zoneId: CAHORS_SUD,
          year: 2023,
          title: 'x',
          theme: 'SERVICES',
          carrier: 'COMPANIES',
          ...change,
        },
      });
      expect(refusalOf(response)).toEqual({ code, field });
      expect(await t.count('action')).toBe(before);
    });

    it('groups the year’s actions by carrier, with milestones due and late, and the synergy target', async () => {
      const zoneId = REGOURD;
      const action = async (title: string, carrier: string, year = 2024) =>
        (
          await t.gql(PROPOSE, {
            input: {
              zoneId,
              year,
              title,
              theme: 'SERVICES',
              carrier,
              categoryCode: 'SERVICE_SECURITY_GUARDING',
            },
          })
        ).data?.proposeAction.id;
      const guarding = await action('Gardiennage mutualisé', 'COMPANIES');
      await action('Animation du club', 'ANIMATION');
      await action('Action de l’an prochain', 'PARTNER', 2025);
      const milestoneIds: string[] = [];
      const milestone = async (title: string, dueOn: string) => {
        const added = (await t.gql(ADD_MILESTONE, { input: { actionId: guarding, title, dueOn } }))
          .data?.addMilestone;
        milestoneIds.push(added.id);
        // The answer holds the action's list with the new milestone, for a client's cache.
        expect(added.action.id).toBe(guarding);
        expect(added.action.milestones.map((m: { id: string }) => m.id).sort()).toEqual(
          [...milestoneIds].sort(),
        );
        return added.id;
      };
      await milestone('Cahier des charges', '2024-03-01');
      await milestone('Choix du prestataire', '2024-06-01');
      const done = await milestone('Réunion de lancement', '2024-01-15');
      await t.gql(COMPLETE_MILESTONE, { input: { id: done, completedOn: '2024-01-16' } });

      // Four synergies of the zone, three of them in place once the engine's events arrive:
      // three announced in one batch, one in an event recorded before batches (version 1).
      const snapshots = [0, 1, 2, 3].map(() => synergySnapshot([zoneId]));
      await t.deliver('synergy.detected', { synergies: snapshots.slice(0, 3) });
      await t.deliver('synergy.detected', snapshots[3], undefined, 1);
      await t.changeSynergyStatus(snapshots[0], 'IMPLEMENTING');
      await t.changeSynergyStatus(snapshots[1], 'OPERATIONAL');
      await t.changeSynergyStatus(snapshots[2], 'SELECTED');
      // An older event delivered late does not undo the latest.
      await t.changeSynergyStatus(snapshots[1], 'QUALIFIED', '2020-01-01T00:00:00Z');

      const before = await t.gql(ACTION_PLAN, { zoneId, year: 2024, asOf: '2024-04-01' });
      expect(before.errors).toBeUndefined();
      expect(before.data?.actionPlan).toEqual({
        year: 2024,
        zone: { id: zoneId },
        groups: [
          { carrier: 'ANIMATION', actions: [{ title: 'Animation du club' }] },
          { carrier: 'COMPANIES', actions: [{ title: 'Gardiennage mutualisé' }] },
          { carrier: 'PARTNER', actions: [] },
        ],
        milestonesDue: [{ title: 'Choix du prestataire', dueOn: '2024-06-01' }],
        milestonesLate: [{ title: 'Cahier des charges', dueOn: '2024-03-01' }],
        synergyTarget: {
          target: 3,
          inPlace: 2,
          reached: false,
          byStatus: [
            { status: 'DETECTED', count: 1 },
            { status: 'SELECTED', count: 1 },
            { status: 'IMPLEMENTING', count: 1 },
            { status: 'OPERATIONAL', count: 1 },
          ],
        },
      });

      await t.changeSynergyStatus({ ...snapshots[2], status: 'SELECTED' }, 'IMPLEMENTING');
      const after = await t.gql(ACTION_PLAN, { zoneId, year: 2024, asOf: '2024-04-01' });
      expect(after.data?.actionPlan.synergyTarget).toMatchObject({ inPlace: 3, reached: true });

      // A synergy the engine no longer finds stops counting; an obsoleting older than the
      // replica's latest event (a revival delivered first) changes nothing.
      await t.deliver('synergy.obsoleted', { synergyIds: [snapshots[0].synergyId] });
      await t.deliver(
        'synergy.obsoleted',
        { synergyIds: [snapshots[1].synergyId] },
        '2020-01-01T00:00:00Z',
      );
      const obsoleted = await t.gql(ACTION_PLAN, { zoneId, year: 2024, asOf: '2024-04-01' });
      expect(obsoleted.data?.actionPlan.synergyTarget).toMatchObject({
        inPlace: 2,
        reached: false,
      });
      await t.deliver('synergy.detected', {
        synergies: [{ ...snapshots[0], status: 'IMPLEMENTING' }],
      });
      const revived = await t.gql(ACTION_PLAN, { zoneId, year: 2024, asOf: '2024-04-01' });
      expect(revived.data?.actionPlan.synergyTarget).toMatchObject({ inPlace: 3, reached: true });
    });
  });

  describe('the zone’s indicators', () => {
    it('counts workshops, attendances of held ones, actions and contributing organizations', async () => {
      const zoneId = await t.registerZone();
      const [interviewed, attendee, both, planner] = await Promise.all(
        [0, 1, 2, 3].map(() => t.registerOrganization({ zoneId })),
      );
      await t.completeInterview(interviewed, zoneId);
      await t.completeInterview(both, zoneId);
      // Interviewed in another zone: counts there, not here.
      await t.completeInterview(randomUUID(), REGOURD);

      const held = await schedule({ zoneId, kind: 'NETWORKING', title: 'Petit-déjeuner' });
      for (const [personName, organizationId] of [
        ['Claire Vidal', attendee],
        ['Luc Marty', both],
        ['Anne Delpech', undefined],
      ]) {
        await t.gql(ATTEND, { input: { workshopId: held, personName, organizationId } });
      }
      await t.gql(HELD, { id: held });
      // Attendance of a workshop not yet held counts for neither figure.
      const planned = await schedule({ zoneId, kind: 'STEERING_COMMITTEE', title: 'COPIL' });
      await t.gql(ATTEND, {
        input: { workshopId: planned, personName: 'X', organizationId: planner },
      });
      await propose({ zoneId, title: 'Une action' });

      const response = await t.gql(ZONE_INDICATORS, {
        representations: [{ __typename: 'Zone', id: zoneId }],
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?._entities).toEqual([
        {
          id: zoneId,
          workshopCount: 2,
          workshopAttendeeCount: 3,
          actionCount: 1,
          contributingOrganizationCount: 3,
        },
      ]);
    });
  });
});
