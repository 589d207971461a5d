/**
 * Loads the interview campaign through the gateway: for each firm, plans, starts, answers,
 * declares and completes its interview, unless the firm already has a completed one.
 *
 * A run cut short leaves at most one interview half done (PLANNED or IN_PROGRESS, with some of
 * its answers and declarations). The next run cancels it, withdraws the declarations recorded
 * against it and holds the interview again from the start, rather than resuming it: the API
 * cannot tell which declarations of a half-done interview are the campaign's (the same
 * category may be declared twice, labels are free text), and a cancelled interview with its
 * reason is an honest trace of what happened. Cancelled interviews and withdrawn declarations
 * are left out of every figure (interview counts, active declarations), so the end state is
 * exactly the campaign's.
 */
import { CampaignInterview, InterviewCampaign } from './interview-campaign';
import { allPages, Page, Request, retryWhileUnknown, Wait } from '@symbiose/gateway-client';

/** What the campaign's load adds to; the loader's `LoadSummary` is one. */
export interface CampaignCounts {
  created: { interviews: number; declarations: number };
  /** Firms that already had a completed interview, skipped, and the declarations it holds. */
  existing: { interviews: number; declarations: number };
  /** What an interrupted earlier run left half done and this one undid before redoing it. */
  repaired: { interviewsCancelled: number; declarationsWithdrawn: number };
}

export interface CampaignLoadOptions {
  /** How long to wait for a service to learn of a new zone or organization from the directory. */
  directoryWait: Wait;
}

/** The services hear of zones and organizations from the directory's events, within seconds. */
export const DEFAULT_CAMPAIGN_LOAD_OPTIONS: CampaignLoadOptions = {
  directoryWait: { waitMs: 30_000, retryMs: 250 },
};

const INTERRUPTED_REASON = 'interrupted demo load';
const PAGE_SIZE = { interviews: 10, declarations: 100 };

type InterviewStatus = 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';

interface ExistingInterview {
  id: string;
  status: InterviewStatus;
  interviewer: string;
}

interface ExistingDeclaration {
  id: string;
  interviewId: string | null;
  status: 'ACTIVE' | 'WITHDRAWN';
}

const ORGANIZATION_INTERVIEWS = `query OrganizationInterviews($id: ID!, $after: String) {
  organization(id: $id) {
    interviews(first: ${PAGE_SIZE.interviews}, after: $after) {
      nodes { id status interviewer }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
const ORGANIZATION_DECLARATIONS = `query OrganizationDeclarations($organizationId: ID!, $after: String) {
  declarations(filter: { organizationId: $organizationId }, first: ${PAGE_SIZE.declarations}, after: $after) {
    nodes { id interviewId status }
    pageInfo { hasNextPage endCursor }
  }
}`;
const PLAN_INTERVIEW = `mutation PlanInterview($input: PlanInterviewInput!) {
  planInterview(input: $input) { id }
}`;
const START_INTERVIEW = `mutation StartInterview($id: ID!) {
  startInterview(id: $id) { id }
}`;
const RECORD_ANSWER = `mutation RecordAnswer($input: RecordAnswerInput!) {
  recordAnswer(input: $input) { id }
}`;
const RECORD_DECLARATION = `mutation RecordDeclaration($input: RecordDeclarationInput!) {
  recordDeclaration(input: $input) { id }
}`;
const COMPLETE_INTERVIEW = `mutation CompleteInterview($input: CompleteInterviewInput!) {
  completeInterview(input: $input) { id }
}`;
const CANCEL_INTERVIEW = `mutation CancelInterview($input: CancelInterviewInput!) {
  cancelInterview(input: $input) { id }
}`;
const WITHDRAW_DECLARATION = `mutation WithdrawDeclaration($id: ID!) {
  withdrawDeclaration(id: $id) { id }
}`;

function interviewsOf(request: Request, organizationId: string, label: string) {
  return allPages(async (after) => {
    const { organization } = await request<{
      organization: { interviews: Page<ExistingInterview> } | null;
    }>(`interviews of ${label}`, ORGANIZATION_INTERVIEWS, { id: organizationId, after });
    if (!organization) throw new Error(`interviews of ${label}: no organization ${organizationId}`);
    return organization.interviews;
  });
}

function declarationsOf(request: Request, organizationId: string, label: string) {
  return allPages(async (after) => {
    const { declarations } = await request<{ declarations: Page<ExistingDeclaration> }>(
      `declarations of ${label}`,
      ORGANIZATION_DECLARATIONS,
      { organizationId, after },
    );
    return declarations;
  });
}

/**
 * Cancels the campaign's interviews an interrupted run left open, and withdraws the declarations
 * still active on any of its cancelled interviews (a run may also stop between the two).
 */
async function undoInterrupted(
  request: Request,
  interview: CampaignInterview,
  organizationId: string,
  existing: ExistingInterview[],
  counts: CampaignCounts,
): Promise<void> {
  const label = interview.organizationName;
  const ours = existing.filter((candidate) => candidate.interviewer === interview.interviewer);
  const open = ours.filter(({ status }) => status === 'PLANNED' || status === 'IN_PROGRESS');
  for (const { id } of open) {
    await request(`cancelInterview ${id} of ${label}`, CANCEL_INTERVIEW, {
      input: { id, reason: INTERRUPTED_REASON },
    });
    counts.repaired.interviewsCancelled += 1;
  }
  const cancelled = new Set(
    ours.filter(({ status }) => status !== 'COMPLETED').map(({ id }) => id),
  );
  if (cancelled.size === 0) return;
  const leftovers = (await declarationsOf(request, organizationId, label)).filter(
    (declaration) =>
      declaration.status === 'ACTIVE' &&
      declaration.interviewId !== null &&
      cancelled.has(declaration.interviewId),
  );
  for (const { id } of leftovers) {
    await request(`withdrawDeclaration ${id} of ${label}`, WITHDRAW_DECLARATION, { id });
    counts.repaired.declarationsWithdrawn += 1;
  }
}

/**
 * Plans the interview, waiting for the interviews service to know the organization: it learns
 * of organizations from the directory's events, so one registered a moment ago may be unknown.
 */
async function planWhenKnown(
  request: Request,
  interview: CampaignInterview,
  organizationId: string,
  gridVersion: number,
  options: CampaignLoadOptions,
): Promise<string> {
  const operation = `planInterview ${interview.organizationName}`;
  const input = {
    organizationId,
    plannedFor: interview.plannedFor,
    interviewer: interview.interviewer,
    gridVersion,
  };
  const { planInterview } = await retryWhileUnknown(
    () => request<{ planInterview: { id: string } }>(operation, PLAN_INTERVIEW, { input }),
    'organizationId',
    options.directoryWait,
    `${operation}: the interviews service still does not know organization ` +
      `${organizationId} after ${options.directoryWait.waitMs / 1000} s; the directory's ` +
      'events are not reaching it (is Redis up, and are both services running?)',
  );
  return planInterview.id;
}

async function holdInterview(
  request: Request,
  interview: CampaignInterview,
  organizationId: string,
  gridVersion: number,
  options: CampaignLoadOptions,
): Promise<void> {
  const label = interview.organizationName;
  const id = await planWhenKnown(request, interview, organizationId, gridVersion, options);
  await request(`startInterview of ${label}`, START_INTERVIEW, { id });
  for (const { questionKey, value } of interview.answers) {
    await request(`recordAnswer ${questionKey} of ${label}`, RECORD_ANSWER, {
      input: { interviewId: id, questionKey, value },
    });
  }
  for (const declaration of interview.declarations) {
    await request(`recordDeclaration "${declaration.label}" of ${label}`, RECORD_DECLARATION, {
      input: { organizationId, interviewId: id, ...declaration },
    });
  }
  await request(`completeInterview of ${label}`, COMPLETE_INTERVIEW, {
    input: { id, conductedOn: interview.conductedOn, notes: interview.notes },
  });
}

/** Loads every interview of the campaign; `organizationIds` maps each firm's SIRET to its id. */
export async function loadInterviewCampaign(
  request: Request,
  campaign: InterviewCampaign,
  organizationIds: ReadonlyMap<string, string>,
  counts: CampaignCounts,
  options: CampaignLoadOptions = DEFAULT_CAMPAIGN_LOAD_OPTIONS,
): Promise<void> {
  for (const interview of campaign.interviews) {
    const organizationId = organizationIds.get(interview.siret);
    if (!organizationId) {
      throw new Error(`${interview.organizationName} (SIRET ${interview.siret}) is not loaded`);
    }
    const existing = await interviewsOf(request, organizationId, interview.organizationName);
    if (existing.some(({ status }) => status === 'COMPLETED')) {
      counts.existing.interviews += 1;
      counts.existing.declarations += interview.declarations.length;
      continue;
    }
    await undoInterrupted(request, interview, organizationId, existing, counts);
    await holdInterview(request, interview, organizationId, campaign.gridVersion, options);
    counts.created.interviews += 1;
    counts.created.declarations += interview.declarations.length;
  }
}
