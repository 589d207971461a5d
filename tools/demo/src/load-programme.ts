/**
 * Loads the LOT'EC programme through the gateway: the actions of the zone, then each workshop
 * with its attendance, its holding, the prioritisation's votes and closing, minutes and
 * decisions, and a follow-up group's synergy and scenarios (see load-follow-up.ts). Creates
 * only what is missing: actions and workshops are matched by title within the zone,
 * attendances by name (recording one again changes nothing), decisions by text, and a closed
 * prioritisation is left as it is; so a run cut short is finished by the next.
 */
import { allPages, Page, Request, retryWhileUnknown, Wait } from '@symbiose/gateway-client';
import { CampaignLoadOptions } from './load-interview-campaign';
import { compareScenarios, studyFollowedSynergy } from './load-follow-up';
import { Programme, ProgrammeWorkshop } from './programme';

/** What the programme's load adds to; the loader's `LoadSummary` is one. */
export interface ProgrammeCounts {
  created: { workshops: number; actions: number };
  existing: { workshops: number; actions: number };
}

export interface ProgrammeLoadOptions extends CampaignLoadOptions {
  /** How long to wait for the engine to detect a followed synergy, and the workshops to hear of it. */
  synergyWait: Wait;
}

/** The engine recomputes a zone's synergies a moment after its last declaration. */
export const DEFAULT_SYNERGY_WAIT: Wait = { waitMs: 120_000, retryMs: 500 };

interface ExistingWorkshop {
  id: string;
  title: string;
  status: 'PLANNED' | 'HELD' | 'CANCELLED';
  minutes: string | null;
  decisions: { text: string }[];
}

const PAGE_SIZE = 100;
const ACTIONS = `query ZoneActions($zoneId: ID!, $after: String) {
  actions(zoneId: $zoneId, first: ${PAGE_SIZE}, after: $after) {
    nodes { id title }
    pageInfo { hasNextPage endCursor }
  }
}`;
const WORKSHOPS = `query ZoneWorkshops($zoneId: ID!, $after: String) {
  workshops(zoneId: $zoneId, first: ${PAGE_SIZE}, after: $after) {
    nodes { id title status minutes decisions { text } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const PROPOSE_ACTION = `mutation ProposeAction($input: ProposeActionInput!) {
  proposeAction(input: $input) { id }
}`;
const SCHEDULE_WORKSHOP = `mutation ScheduleWorkshop($input: ScheduleWorkshopInput!) {
  scheduleWorkshop(input: $input) { id title status minutes decisions { text } }
}`;
const RECORD_ATTENDANCE = `mutation RecordAttendance($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { personName }
}`;
const PRIORITISATION = `query Prioritisation($workshopId: ID!) {
  prioritisation(workshopId: $workshopId) { closedAt }
}`;
const ADD_CANDIDATES = `mutation AddCandidateActions($workshopId: ID!, $actionIds: [ID!]!) {
  addCandidateActions(workshopId: $workshopId, actionIds: $actionIds) { closedAt }
}`;
const CAST_VOTE = `mutation CastPriorityVote($workshopId: ID!, $actionId: ID!, $voterOrganizationId: ID!,
  $impact: Int!, $investment: Int!) {
  castPriorityVote(workshopId: $workshopId, actionId: $actionId,
    voterOrganizationId: $voterOrganizationId, impact: $impact, investment: $investment) { closedAt }
}`;
const CLOSE_PRIORITISATION = `mutation ClosePrioritisation($workshopId: ID!, $select: Int!) {
  closePrioritisation(workshopId: $workshopId, select: $select) { closedAt }
}`;
const MARK_HELD = `mutation MarkWorkshopHeld($id: ID!) { markWorkshopHeld(id: $id) { status } }`;
const RECORD_MINUTES = `mutation RecordMinutes($input: RecordMinutesInput!) {
  recordMinutes(input: $input) { id }
}`;
const RECORD_DECISION = `mutation RecordDecision($input: RecordDecisionInput!) {
  recordDecision(input: $input) { text }
}`;

function requireId(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`${what} ${key} is not loaded`);
  return id;
}

/** Returns the id of each action of the programme, by title. */
async function ensureActions(
  request: Request,
  programme: Programme,
  zoneId: string,
  counts: ProgrammeCounts,
  options: ProgrammeLoadOptions,
): Promise<Map<string, string>> {
  const existing = await allPages(async (after) => {
    const { actions } = await request<{ actions: Page<{ id: string; title: string }> }>(
      'actions of the zone',
      ACTIONS,
      { zoneId, after },
    );
    return actions;
  });
  const ids = new Map(existing.map((action) => [action.title, action.id]));
  for (const action of programme.actions) {
    if (ids.has(action.title)) {
      counts.existing.actions += 1;
      continue;
    }
    const operation = `proposeAction ${action.title}`;
    const { proposeAction } = await retryWhileUnknown(
      () =>
        request<{ proposeAction: { id: string } }>(operation, PROPOSE_ACTION, {
          input: { zoneId, year: programme.year, ...action },
        }),
      'zoneId',
      options.directoryWait,
      `${operation}: the workshops still do not know zone ${zoneId} after ` +
        `${options.directoryWait.waitMs / 1000} s; the directory's events are not reaching them`,
    );
    ids.set(action.title, proposeAction.id);
    counts.created.actions += 1;
  }
  return ids;
}

async function prioritise(
  request: Request,
  programme: Programme,
  workshopId: string,
  actionIds: ReadonlyMap<string, string>,
  organizationIds: ReadonlyMap<string, string>,
): Promise<void> {
  const { prioritisation } = await request<{ prioritisation: { closedAt: string | null } }>(
    'prioritisation',
    PRIORITISATION,
    { workshopId },
  );
  if (prioritisation.closedAt) return;
  const { candidates, votes, select } = programme.prioritisation;
  await request('addCandidateActions', ADD_CANDIDATES, {
    workshopId,
    actionIds: candidates.map((title) => requireId(actionIds, title, 'action')),
  });
  // A vote cast again replaces the same vote: an interrupted run's votes come out the same.
  for (const vote of votes) {
    await request(`castPriorityVote ${vote.actionTitle}`, CAST_VOTE, {
      workshopId,
      actionId: requireId(actionIds, vote.actionTitle, 'action'),
      voterOrganizationId: requireId(organizationIds, vote.siret, 'organization with SIRET'),
      impact: vote.impact,
      investment: vote.investment,
    });
  }
  await request('closePrioritisation', CLOSE_PRIORITISATION, { workshopId, select });
}

async function holdWorkshop(
  request: Request,
  programme: Programme,
  workshop: ProgrammeWorkshop,
  existing: ExistingWorkshop,
  actionIds: ReadonlyMap<string, string>,
  organizationIds: ReadonlyMap<string, string>,
  options: ProgrammeLoadOptions,
): Promise<void> {
  const workshopId = existing.id;
  if (existing.status === 'PLANNED') {
    for (const { personName, role, siret } of workshop.attendees) {
      const organizationId = siret
        ? requireId(organizationIds, siret, 'organization with SIRET')
        : undefined;
      const operation = `recordAttendance ${personName}`;
      await retryWhileUnknown(
        () =>
          request(operation, RECORD_ATTENDANCE, {
            input: { workshopId, personName, role, organizationId },
          }),
        'organizationId',
        options.directoryWait,
        `${operation}: the workshops still do not know organization ${organizationId} after ` +
          `${options.directoryWait.waitMs / 1000} s; the directory's events are not ` +
          'reaching them (is Redis up, and are both services running?)',
      );
    }
    await request(`markWorkshopHeld ${workshop.title}`, MARK_HELD, { id: workshopId });
  }
  // Votes are taken once the workshop is held; a closed prioritisation is left as it is.
  if (workshop.kind === 'PRIORITISATION') {
    await prioritise(request, programme, workshopId, actionIds, organizationIds);
  }
  if (existing.minutes === null) {
    await request(`recordMinutes ${workshop.title}`, RECORD_MINUTES, {
      input: { workshopId, minutes: workshop.minutes },
    });
  }
  const recorded = new Set(existing.decisions.map((decision) => decision.text));
  for (const decision of workshop.decisions.filter(({ text }) => !recorded.has(text))) {
    await request(`recordDecision ${decision.text}`, RECORD_DECISION, {
      input: {
        workshopId,
        text: decision.text,
        actionIds: decision.actionTitles.map((title) => requireId(actionIds, title, 'action')),
      },
    });
  }
}

/**
 * Schedules the workshop; a follow-up group with the synergy it follows, which the workshops
 * hear of from the engine's events.
 */
async function scheduleWorkshop(
  request: Request,
  workshop: ProgrammeWorkshop,
  zoneId: string,
  synergyId: string | undefined,
  options: ProgrammeLoadOptions,
): Promise<ExistingWorkshop> {
  const { kind, title, startsAt, endsAt, place, agenda } = workshop;
  const operation = `scheduleWorkshop ${title}`;
  const { scheduleWorkshop } = await retryWhileUnknown(
    () =>
      request<{ scheduleWorkshop: ExistingWorkshop }>(operation, SCHEDULE_WORKSHOP, {
        input: { zoneId, kind, title, startsAt, endsAt, place, agenda, synergyId },
      }),
    'synergyId',
    options.synergyWait,
    `${operation}: the workshops still do not know synergy ${synergyId} after ` +
      `${options.synergyWait.waitMs / 1000} s; the engine's events are not reaching them`,
  );
  return scheduleWorkshop;
}

/** Loads the programme into the zone; `organizationIds` maps each firm's SIRET to its id. */
export async function loadProgramme(
  request: Request,
  programme: Programme,
  zoneId: string,
  organizationIds: ReadonlyMap<string, string>,
  counts: ProgrammeCounts,
  options: ProgrammeLoadOptions,
): Promise<void> {
  const actionIds = await ensureActions(request, programme, zoneId, counts, options);
  const existing = await allPages(async (after) => {
    const { workshops } = await request<{ workshops: Page<ExistingWorkshop> }>(
      'workshops of the zone',
      WORKSHOPS,
      { zoneId, after },
    );
    return workshops;
  });
  for (const workshop of programme.workshops) {
    const { followUp } = workshop;
    const synergyId = followUp
      ? await studyFollowedSynergy(
          request,
          zoneId,
          followUp,
          programme.facilitator,
          options.synergyWait,
        )
      : undefined;
    let found = existing.find((candidate) => candidate.title === workshop.title);
    if (found) {
      counts.existing.workshops += 1;
    } else {
      found = await scheduleWorkshop(request, workshop, zoneId, synergyId, options);
      counts.created.workshops += 1;
    }
    await holdWorkshop(request, programme, workshop, found, actionIds, organizationIds, options);
    if (followUp && synergyId) await compareScenarios(request, synergyId, found.id, followUp);
  }
}
