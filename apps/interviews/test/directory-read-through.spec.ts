import { randomUUID } from 'node:crypto';
import { EventEnvelope, OrganizationSnapshotV1 } from '@symbiose/contracts';
import { InboundEvents } from '@symbiose/platform';
import { bearer, postGraphQL, testToken } from '@symbiose/testing';
import {
  GRAND_CAHORS,
  InterviewsTestApp,
  refusalOf,
  startInterviewsApp,
} from './interviews-test-app';

const PLAN = `mutation ($input: PlanInterviewInput!) { planInterview(input: $input) { id } }`;
const CAHORS_SUD = randomUUID();

/** An event of the directory about an organization, as its outbox holds it. */
function organizationEvent(
  organization: Partial<OrganizationSnapshotV1> & { organizationId: string },
  occurredAt: string,
  type = 'organization.registered',
): EventEnvelope<string, OrganizationSnapshotV1> {
  return {
    id: randomUUID(),
    type,
    version: 1,
    occurredAt,
    source: 'directory',
    payload: {
      siret: '73282932000074',
      name: 'Transports Lacombe',
      kind: 'COMPANY',
      nafCode: '49.41A',
      headcount: 24,
      zoneId: CAHORS_SUD,
      territoryId: GRAND_CAHORS,
      latitude: 44.4012,
      longitude: 1.4521,
      businessAssociationMember: false,
      status: 'ACTIVE',
      authorisations: [],
      ...organization,
    } satisfies OrganizationSnapshotV1,
  };
}

/**
 * The interviews service alone, with a directory that knows only what each test tells it: an
 * organization the events have not brought is asked of the directory before the call naming
 * it is judged, and written as the event's delivery would write it.
 */
describe('an organization the replica lacks, asked of the directory', () => {
  let t: InterviewsTestApp;
  let facilitator: Record<string, string>;

  beforeAll(async () => {
    t = await startInterviewsApp('interviews-read-through');
    facilitator = bearer(await testToken('FACILITATOR', { territoryIds: [GRAND_CAHORS] }));
  });

  afterAll(async () => {
    await t?.stop();
  });

  afterEach(() => t.directory.setUnavailable(false));

  const plan = (organizationId: string, headers: Record<string, string> = facilitator) =>
    postGraphQL(
      t.app.getHttpServer(),
      PLAN,
      { input: { organizationId, interviewer: 'Anne Delpech', plannedFor: '2025-03-04' } },
      headers,
    );

  async function replicaRow(organizationId: string) {
    const [row] = await t.dataSource.query(
      `SELECT name, zone_id, siret, source_occurred_at FROM organization WHERE organization_id = $1`,
      [organizationId],
    );
    return row as
      { name: string; zone_id: string; siret: string; source_occurred_at: Date } | undefined;
  }

  it('judges a facilitator’s call on the directory’s answer, and keeps the row as its event would', async () => {
    const organizationId = randomUUID();
    const registered = organizationEvent({ organizationId }, '2025-03-01T10:00:00.000Z');
    t.directory.knows(registered);

    const planned = await plan(organizationId);

    expect(planned.errors).toBeUndefined();
    expect(t.directory.calls).toContainEqual({
      route: 'internal/replica/organizations',
      ids: [organizationId],
    });
    expect(await replicaRow(organizationId)).toEqual({
      name: 'Transports Lacombe',
      zone_id: CAHORS_SUD,
      siret: '73282932000074',
      source_occurred_at: new Date('2025-03-01T10:00:00.000Z'),
    });

    // The event's own delivery, later, finds it applied already; an older one changes nothing;
    // a newer one wins.
    const inbound = t.app.get(InboundEvents);
    expect(await inbound.apply(registered)).toBe(false);
    await inbound.apply(
      organizationEvent({ organizationId, name: 'Ancien nom' }, '2025-02-01T10:00:00.000Z'),
    );
    expect((await replicaRow(organizationId))?.name).toBe('Transports Lacombe');
    await inbound.apply(
      organizationEvent(
        { organizationId, name: 'Lacombe Logistique' },
        '2025-03-02T10:00:00.000Z',
        'organization.updated',
      ),
    );
    expect((await replicaRow(organizationId))?.name).toBe('Lacombe Logistique');
  });

  it('does not ask the directory of an organization the replica holds', async () => {
    const organizationId = randomUUID();
    await t.projectOrganization('organization.registered', { organizationId });
    const callsBefore = t.directory.calls.length;

    expect((await plan(organizationId)).errors).toBeUndefined();
    expect(t.directory.calls.length).toBe(callsBefore);
  });

  it('still refuses an id the directory does not know, and writes nothing', async () => {
    const unknown = randomUUID();

    expect(refusalOf(await plan(unknown, {}))).toEqual({
      code: 'NOT_FOUND',
      field: 'organizationId',
    });
    expect(refusalOf(await plan(unknown))).toEqual({ code: 'NOT_FOUND', field: 'organizationId' });
    expect(await replicaRow(unknown)).toBeUndefined();
  });

  it('answers SERVICE_UNAVAILABLE, retriable, when the directory is down, and FORBIDDEN never', async () => {
    const organizationId = randomUUID();
    t.directory.knows(organizationEvent({ organizationId }, '2025-03-01T10:00:00.000Z'));
    t.directory.setUnavailable(true);

    const refused = await plan(organizationId);

    expect(refused.errors?.[0]).toMatchObject({
      message: 'directory is unavailable (it answered HTTP 503); try again shortly',
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    });
    expect(await replicaRow(organizationId)).toBeUndefined();

    t.directory.setUnavailable(false);
    expect((await plan(organizationId)).errors).toBeUndefined();
  });
});
