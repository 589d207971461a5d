import { randomUUID } from 'node:crypto';
import {
  refusalOf,
  startWorkshopsApp,
  synergySnapshot,
  WorkshopsTestApp,
} from './workshops-test-app';

/** How an id that names nothing is refused (NOT_FOUND, naming the field). */
const UNKNOWN_ID = /names nothing that exists or that you may reach$/;

jest.setTimeout(60_000);

const WORKSHOP = `id kind title startsAt endsAt place agenda minutes status cancellationReason
  zone { id } synergy { id }
  attendances { personName role organization { id } }
  decisions { text actions { id title } synergies { id } }`;
const SCHEDULE = `mutation ($input: ScheduleWorkshopInput!) { scheduleWorkshop(input: $input) { ${WORKSHOP} } }`;
const RESCHEDULE = `mutation ($input: RescheduleWorkshopInput!) { rescheduleWorkshop(input: $input) { ${WORKSHOP} } }`;
const CANCEL = `mutation ($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { ${WORKSHOP} } }`;
const HELD = `mutation ($id: ID!) { markWorkshopHeld(id: $id) { ${WORKSHOP} } }`;
const ATTEND = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { personName role organization { id } } }`;
const MINUTES = `mutation ($input: RecordMinutesInput!) { recordMinutes(input: $input) { ${WORKSHOP} } }`;
const DECIDE = `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { text } }`;
const WORKSHOP_BY_ID = `query ($id: ID!) { workshop(id: $id) { ${WORKSHOP} } }`;
const PROPOSE = `mutation ($input: ProposeActionInput!) { proposeAction(input: $input) { id } }`;

const CAHORS_SUD = randomUUID();
const REGOURD = randomUUID();
const TRANSPORTS_DELMAS = randomUUID();

const awareness = {
  zoneId: CAHORS_SUD,
  kind: 'AWARENESS_EVENT',
  title: 'Présentation de la démarche à l’assemblée de l’association',
  startsAt: '2022-09-22T18:00:00+02:00',
  endsAt: '2022-09-22T20:00:00+02:00',
  place: 'Salle des fêtes',
  agenda: 'Ce qu’est l’EIT ; le calendrier des entretiens',
};

describe('a workshop from schedule to minutes (PostgreSQL)', () => {
  let t: WorkshopsTestApp;

  async function schedule(input: Record<string, unknown> = awareness) {
    const response = await t.gql(SCHEDULE, { input });
    expect(response.errors).toBeUndefined();
    return response.data?.scheduleWorkshop;
  }

  beforeAll(async () => {
    t = await startWorkshopsApp('workshop_lifecycle');
    await t.registerZone(CAHORS_SUD);
    await t.registerOrganization({ organizationId: TRANSPORTS_DELMAS, zoneId: CAHORS_SUD });
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('schedules, reschedules, records attendance, holds, and records minutes and decisions', async () => {
    const scheduled = await schedule();
    expect(scheduled).toMatchObject({
      kind: 'AWARENESS_EVENT',
      status: 'PLANNED',
      startsAt: '2022-09-22T16:00:00.000Z',
      endsAt: '2022-09-22T18:00:00.000Z',
      zone: { id: CAHORS_SUD },
      synergy: null,
      minutes: null,
    });

    const moved = await t.gql(RESCHEDULE, {
      input: {
        id: scheduled.id,
        startsAt: '2022-09-22T18:30:00+02:00',
        endsAt: '2022-09-22T20:30:00+02:00',
      },
    });
    expect(moved.data?.rescheduleWorkshop).toMatchObject({
      startsAt: '2022-09-22T16:30:00.000Z',
      place: 'Salle des fêtes',
    });

    for (const attendee of [
      { personName: 'Claire Vidal', organizationId: TRANSPORTS_DELMAS, role: 'Directrice' },
      { personName: 'Anne Delpech', role: 'Animatrice EIT' },
      // The same name again corrects the role rather than counting her twice.
      { personName: 'Claire Vidal', organizationId: TRANSPORTS_DELMAS, role: 'Gérante' },
    ]) {
      const recorded = await t.gql(ATTEND, { input: { workshopId: scheduled.id, ...attendee } });
      expect(recorded.errors).toBeUndefined();
    }
    const held = await t.gql(HELD, { id: scheduled.id });
    expect(held.data?.markWorkshopHeld.status).toBe('HELD');
    const minutes = await t.gql(MINUTES, {
      input: { workshopId: scheduled.id, minutes: '38 participants ; questions sur la collecte.' },
    });
    expect(minutes.data?.recordMinutes.minutes).toBe(
      '38 participants ; questions sur la collecte.',
    );

    const synergyId = await t.detectSynergy([CAHORS_SUD]);
    const action = await t.gql(PROPOSE, {
      input: {
        zoneId: CAHORS_SUD,
        year: 2022,
        title: 'Lancer les entretiens',
        theme: 'HR_ANIMATION',
        carrier: 'ANIMATION',
      },
    });
    const decided = await t.gql(DECIDE, {
      input: {
        workshopId: scheduled.id,
        text: 'Lancer la campagne d’entretiens en octobre',
        actionIds: [action.data?.proposeAction.id],
        synergyIds: [synergyId],
      },
    });
    expect(decided.errors).toBeUndefined();

    const read = await t.gql(WORKSHOP_BY_ID, { id: scheduled.id });
    expect(read.data?.workshop).toMatchObject({
      status: 'HELD',
      attendances: [
        { personName: 'Anne Delpech', role: 'Animatrice EIT', organization: null },
        { personName: 'Claire Vidal', role: 'Gérante', organization: { id: TRANSPORTS_DELMAS } },
      ],
      decisions: [
        {
          text: 'Lancer la campagne d’entretiens en octobre',
          actions: [{ id: action.data?.proposeAction.id, title: 'Lancer les entretiens' }],
          synergies: [{ id: synergyId }],
        },
      ],
    });
  });

  it('links a follow-up group to the synergy it follows', async () => {
    const synergyId = await t.detectSynergy([CAHORS_SUD]);
    const group = await schedule({
      ...awareness,
      kind: 'FOLLOW_UP_GROUP',
      title: 'Groupe gardiennage mutualisé',
      synergyId,
    });
    expect(group.synergy).toEqual({ id: synergyId });
  });

  it('cancels a planned workshop and then refuses attendance, changes and holding', async () => {
    const planned = await schedule();
    const cancelled = await t.gql(CANCEL, {
      input: { id: planned.id, reason: 'Salle indisponible' },
    });
    expect(cancelled.data?.cancelWorkshop).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'Salle indisponible',
    });
    const attendances = await t.count('workshop_attendance');

    const attendance = await t.gql(ATTEND, {
      input: { workshopId: planned.id, personName: 'Paul Bessières' },
    });
    expect(refusalOf(attendance)).toEqual({ code: 'BAD_USER_INPUT', field: 'workshopId' });
    expect(attendance.errors?.[0].message).toBe('workshopId: the workshop is CANCELLED');
    expect(await t.count('workshop_attendance')).toBe(attendances);
    expect(refusalOf(await t.gql(HELD, { id: planned.id }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
  });

  it.each([
    [
      'an end before the start',
      { endsAt: '2022-09-22T17:59:00+02:00' },
      'endsAt',
      'endsAt: must not be before startsAt',
    ],
    [
      'a time without its offset',
      { startsAt: '2022-09-22T18:00:00' },
      'startsAt',
      '"input.startsAt"; must be a date and time, ISO 8601 with its offset',
    ],
    [
      'a day that does not exist',
      { endsAt: '2022-09-31T20:00:00+02:00' },
      'endsAt',
      '"input.endsAt"; must be a date and time, ISO 8601 with its offset',
    ],
    [
      'a follow-up group without a synergy',
      { kind: 'FOLLOW_UP_GROUP' },
      'synergyId',
      'synergyId: a follow-up group follows a synergy',
    ],
    [
      'an unknown synergy',
      { kind: 'FOLLOW_UP_GROUP', synergyId: randomUUID() },
      'synergyId',
      UNKNOWN_ID,
    ],
    ['a blank title', { title: '   ' }, 'title', 'title: must not be empty'],
    ['an unknown zone', { zoneId: randomUUID() }, 'zoneId', UNKNOWN_ID],
  ])('refuses %s, naming the field, and writes nothing', async (_case, change, field, message) => {
    const before = await t.count('workshop');
    const response = await t.gql(SCHEDULE, { input: { ...awareness, ...change } });
    const code = message === UNKNOWN_ID ? 'NOT_FOUND' : 'BAD_USER_INPUT';
    expect(refusalOf(response)).toEqual({ code, field });
    expect(response.errors?.[0].message).toMatch(message);
    expect(await t.count('workshop')).toBe(before);
  });

  it('takes instants as DateTime, literal or variable, and refuses a bad one on a reschedule', async () => {
    const planned = await schedule();
    const literal = await t.gql(
      `mutation { rescheduleWorkshop(input: { id: "${planned.id}",
        startsAt: "2022-09-23T09:00:00+02:00", endsAt: "2022-09-23T11:00Z" }) { startsAt endsAt } }`,
    );
    expect(literal.data?.rescheduleWorkshop).toEqual({
      startsAt: '2022-09-23T07:00:00.000Z',
      endsAt: '2022-09-23T11:00:00.000Z',
    });
    const withoutOffset = await t.gql(
      `mutation { rescheduleWorkshop(input: { id: "${planned.id}",
        startsAt: "2022-09-23 09:00", endsAt: "2022-09-23T11:00Z" }) { id } }`,
    );
    expect(refusalOf(withoutOffset)).toEqual({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    const endBeforeStart = await t.gql(RESCHEDULE, {
      input: { id: planned.id, startsAt: '2022-09-23T12:00Z', endsAt: '2022-09-23T11:00Z' },
    });
    expect(refusalOf(endBeforeStart)).toEqual({ code: 'BAD_USER_INPUT', field: 'endsAt' });
    const kept = await t.gql(WORKSHOP_BY_ID, { id: planned.id });
    expect(kept.data?.workshop.startsAt).toBe('2022-09-23T07:00:00.000Z');
  });

  it('refuses a synergy of another zone for a follow-up group', async () => {
    const synergyId = await t.detectSynergy([REGOURD]);
    const response = await t.gql(SCHEDULE, {
      input: { ...awareness, kind: 'FOLLOW_UP_GROUP', synergyId },
    });
    expect(refusalOf(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'synergyId' });
  });

  it('follows a synergy into a zone the engine has since announced it in', async () => {
    const snapshot = synergySnapshot([REGOURD]);
    await t.deliver('synergy.detected', { synergies: [snapshot] });
    const input = { ...awareness, kind: 'FOLLOW_UP_GROUP', synergyId: snapshot.synergyId };
    expect(refusalOf(await t.gql(SCHEDULE, { input }))).toMatchObject({ field: 'synergyId' });

    const zoneIds = [CAHORS_SUD, REGOURD].sort();
    await t.deliver('synergy.updated', { synergies: [{ ...snapshot, zoneIds }] });
    const group = await t.gql(SCHEDULE, { input });
    expect(group.errors).toBeUndefined();
    expect(group.data?.scheduleWorkshop.synergy).toEqual({ id: snapshot.synergyId });
  });

  it('refuses the attendance of an unknown organization, and writes nothing', async () => {
    const planned = await schedule();
    const attendances = await t.count('workshop_attendance');
    const response = await t.gql(ATTEND, {
      input: { workshopId: planned.id, personName: 'Paul Bessières', organizationId: randomUUID() },
    });
    expect(refusalOf(response)).toEqual({ code: 'NOT_FOUND', field: 'organizationId' });
    expect(response.errors?.[0].message).toMatch(UNKNOWN_ID);
    expect(await t.count('workshop_attendance')).toBe(attendances);
  });

  it('takes the attendance of an organization archived since', async () => {
    const planned = await schedule();
    const closed = await t.registerOrganization({ status: 'ARCHIVED' });
    const response = await t.gql(ATTEND, {
      input: { workshopId: planned.id, personName: 'Paul Bessières', organizationId: closed },
    });
    expect(response.errors).toBeUndefined();
  });

  it('refuses to mark held a workshop that has not started, and leaves it PLANNED', async () => {
    const startsAt = new Date(Date.now() + 24 * 3600_000);
    const upcoming = await schedule({
      ...awareness,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
    });
    const response = await t.gql(HELD, { id: upcoming.id });
    expect(refusalOf(response)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(response.errors?.[0].message).toBe(
      `id: the workshop starts at ${startsAt.toISOString()}: it cannot be held yet`,
    );
    const read = await t.gql(WORKSHOP_BY_ID, { id: upcoming.id });
    expect(read.data?.workshop.status).toBe('PLANNED');
  });

  it('refuses minutes before the workshop is held', async () => {
    const planned = await schedule();
    const minutes = await t.gql(MINUTES, { input: { workshopId: planned.id, minutes: 'x' } });
    expect(minutes.errors?.[0].message).toBe(
      'workshopId: the workshop is PLANNED: mark it held first',
    );
    expect(refusalOf(minutes)).toEqual({ code: 'BAD_USER_INPUT', field: 'workshopId' });
  });

  it('refuses a decision on an unknown action or synergy, and writes nothing', async () => {
    const workshop = await schedule();
    await t.gql(HELD, { id: workshop.id });
    const before = await t.count('workshop_decision');
    for (const [change, field] of [
      [{ actionIds: [randomUUID()] }, 'actionIds'],
      [{ synergyIds: [randomUUID()] }, 'synergyIds'],
    ] as const) {
      const response = await t.gql(DECIDE, {
        input: { workshopId: workshop.id, text: 'Décision', ...change },
      });
      expect(refusalOf(response)).toEqual({ code: 'NOT_FOUND', field });
    }
    expect(await t.count('workshop_decision')).toBe(before);
  });
});
