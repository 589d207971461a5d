import { GraphQLRequestError, Request } from '@symbiose/gateway-client';
import { generateInterviewCampaign } from './interview-campaign';
import { CampaignCounts, loadInterviewCampaign } from './load-interview-campaign';

type Status = 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';

interface FakeInterview {
  id: string;
  organizationId: string;
  status: Status;
  interviewer: string;
  answers: Map<string, unknown>;
  conductedOn?: string;
}

interface FakeDeclaration {
  id: string;
  organizationId: string;
  interviewId: string | null;
  kind: string;
  status: 'ACTIVE' | 'WITHDRAWN';
}

type Variables = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const badInput = (operation: string, field: string, reason: string) =>
  new GraphQLRequestError(operation, [
    { message: `${field}: ${reason}`, extensions: { code: 'BAD_USER_INPUT', field } },
  ]);

/**
 * The interviews API as far as the loader uses it, with the service's status rules, and an
 * organization replica that learns of each organization only after some attempts.
 */
class FakeInterviewsApi {
  interviews: FakeInterview[] = [];
  declarations: FakeDeclaration[] = [];
  calls: string[] = [];
  private nextId = 1;
  /** Operations to let through before the connection drops, by operation name. */
  cutAfter: { operation: string; calls: number } | null = null;
  /** How many planInterview attempts answer "no organization has id" before it is known. */
  unknownFor = new Map<string, number>();

  request: Request = async <T>(operation: string, query: string, variables: object = {}) => {
    const name = /^(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '?';
    if (this.cutAfter?.operation === name) {
      if (this.cutAfter.calls === 0) throw new Error(`${operation}: cannot reach (ECONNRESET)`);
      this.cutAfter.calls -= 1;
    }
    this.calls.push(name);
    return this.handle(name, operation, variables as Variables) as T;
  };

  private id(): string {
    return `00000000-0000-4000-8000-${String(this.nextId++).padStart(12, '0')}`;
  }

  private interview(operation: string, id: string, statuses: Status[]): FakeInterview {
    const interview = this.interviews.find((candidate) => candidate.id === id);
    if (!interview) throw badInput(operation, 'id', `no interview has id ${id}`);
    if (!statuses.includes(interview.status)) {
      throw badInput(operation, 'id', `the interview is ${interview.status}`);
    }
    return interview;
  }

  private handle(name: string, operation: string, variables: Variables): unknown {
    const input = variables['input'];
    switch (name) {
      case 'OrganizationInterviews': {
        const nodes = this.interviews
          .filter((interview) => interview.organizationId === variables['id'])
          .map(({ id, status, interviewer }) => ({ id, status, interviewer }));
        return {
          organization: {
            interviews: { nodes, pageInfo: { hasNextPage: false, endCursor: null } },
          },
        };
      }
      case 'OrganizationDeclarations': {
        const nodes = this.declarations
          .filter((declaration) => declaration.organizationId === variables['organizationId'])
          .map(({ id, interviewId, status }) => ({ id, interviewId, status }));
        return { declarations: { nodes, pageInfo: { hasNextPage: false, endCursor: null } } };
      }
      case 'PlanInterview': {
        const attemptsLeft = this.unknownFor.get(input.organizationId) ?? 0;
        if (attemptsLeft > 0) {
          this.unknownFor.set(input.organizationId, attemptsLeft - 1);
          throw badInput(
            operation,
            'organizationId',
            `no organization has id ${input.organizationId}`,
          );
        }
        const interview: FakeInterview = {
          id: this.id(),
          organizationId: input.organizationId,
          status: 'PLANNED',
          interviewer: input.interviewer,
          answers: new Map(),
        };
        this.interviews.push(interview);
        return { planInterview: { id: interview.id } };
      }
      case 'StartInterview':
        this.interview(operation, variables['id'], ['PLANNED']).status = 'IN_PROGRESS';
        return { startInterview: { id: variables['id'] } };
      case 'RecordAnswer':
        this.interview(operation, input.interviewId, ['IN_PROGRESS']).answers.set(
          input.questionKey,
          input.value,
        );
        return { recordAnswer: { id: input.interviewId } };
      case 'RecordDeclaration': {
        this.interview(operation, input.interviewId, ['IN_PROGRESS']);
        const declaration: FakeDeclaration = {
          id: this.id(),
          organizationId: input.organizationId,
          interviewId: input.interviewId,
          kind: input.kind,
          status: 'ACTIVE',
        };
        this.declarations.push(declaration);
        return { recordDeclaration: { id: declaration.id } };
      }
      case 'CompleteInterview': {
        const interview = this.interview(operation, input.id, ['IN_PROGRESS']);
        interview.status = 'COMPLETED';
        interview.conductedOn = input.conductedOn;
        return { completeInterview: { id: input.id } };
      }
      case 'CancelInterview':
        this.interview(operation, input.id, ['PLANNED', 'IN_PROGRESS']).status = 'CANCELLED';
        return { cancelInterview: { id: input.id } };
      case 'WithdrawDeclaration': {
        const declaration = this.declarations.find(({ id }) => id === variables['id']);
        if (declaration?.status !== 'ACTIVE') throw badInput(operation, 'id', 'not active');
        declaration.status = 'WITHDRAWN';
        return { withdrawDeclaration: { id: declaration.id } };
      }
      default:
        throw new Error(`the fake has no operation ${name}`);
    }
  }

  count(status: Status): number {
    return this.interviews.filter((interview) => interview.status === status).length;
  }

  active(kind?: string): number {
    return this.declarations.filter((d) => d.status === 'ACTIVE' && (!kind || d.kind === kind))
      .length;
  }
}

describe('loading the interview campaign', () => {
  const campaign = generateInterviewCampaign();
  const organizationIds = new Map(
    campaign.interviews.map((interview, index) => [
      interview.siret,
      `10000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    ]),
  );
  const declarationTotal = campaign.interviews.reduce((n, i) => n + i.declarations.length, 0);
  const fast = { directoryWait: { waitMs: 200, retryMs: 1 } };
  const emptyCounts = (): CampaignCounts => ({
    created: { interviews: 0, declarations: 0 },
    existing: { interviews: 0, declarations: 0 },
    repaired: { interviewsCancelled: 0, declarationsWithdrawn: 0 },
  });
  let api: FakeInterviewsApi;

  beforeEach(() => {
    api = new FakeInterviewsApi();
  });

  const load = (counts = emptyCounts()) =>
    loadInterviewCampaign(api.request, campaign, organizationIds, counts, fast).then(() => counts);

  it('holds every interview: plan, start, answers, declarations, complete', async () => {
    const counts = await load();
    expect(counts).toEqual({
      created: { interviews: 21, declarations: declarationTotal },
      existing: { interviews: 0, declarations: 0 },
      repaired: { interviewsCancelled: 0, declarationsWithdrawn: 0 },
    });
    expect(api.count('COMPLETED')).toBe(21);
    expect(api.active('NEED')).toBe(137);
    expect(api.interviews.every((interview) => interview.answers.size === 12)).toBe(true);
    expect(api.interviews.map((interview) => interview.conductedOn)).toEqual(
      campaign.interviews.map((interview) => interview.conductedOn),
    );
  });

  it('creates nothing on a second run', async () => {
    await load();
    api.calls = [];
    const counts = await load();
    expect(counts).toEqual({
      created: { interviews: 0, declarations: 0 },
      existing: { interviews: 21, declarations: declarationTotal },
      repaired: { interviewsCancelled: 0, declarationsWithdrawn: 0 },
    });
    expect(new Set(api.calls)).toEqual(new Set(['OrganizationInterviews']));
  });

  it('waits for the interviews service to learn of an organization', async () => {
    api.unknownFor.set(organizationIds.get(campaign.interviews[0].siret) as string, 3);
    await load();
    expect(api.count('COMPLETED')).toBe(21);
  });

  it('gives up after the bounded wait with a clear message', async () => {
    const organizationId = organizationIds.get(campaign.interviews[0].siret) as string;
    api.unknownFor.set(organizationId, Number.POSITIVE_INFINITY);
    await expect(load()).rejects.toThrow(
      `planInterview ${campaign.interviews[0].organizationName}: the interviews service still ` +
        `does not know organization ${organizationId} after 0.2 s`,
    );
  });

  it('does not retry other refusals', async () => {
    const request: Request = async (operation) => {
      throw badInput(operation, 'organizationId', 'the organization is archived');
    };
    await expect(
      loadInterviewCampaign(request, campaign, organizationIds, emptyCounts(), fast),
    ).rejects.toThrow('the organization is archived');
  });

  /** Declarations recorded on the interview under way when the n-th declaration is refused. */
  function recordedOnOpenInterview(recorded: number): number {
    let left = recorded;
    for (const interview of campaign.interviews) {
      if (left < interview.declarations.length) return left;
      left -= interview.declarations.length;
    }
    throw new Error('the campaign has fewer declarations');
  }

  type Cut = { operation: string; calls: number };
  const cases: [string, Cut[], number, number][] = [
    [
      'in the middle of the declarations',
      [{ operation: 'RecordDeclaration', calls: 40 }],
      recordedOnOpenInterview(40),
      1,
    ],
    ['right after planning', [{ operation: 'StartInterview', calls: 5 }], 0, 1],
    [
      'before completing',
      [{ operation: 'CompleteInterview', calls: 7 }],
      campaign.interviews[7].declarations.length,
      1,
    ],
    [
      // A run cut mid-interview, then one cut while it withdraws what that one left.
      'while undoing an interrupted interview',
      [
        { operation: 'RecordDeclaration', calls: 40 },
        { operation: 'WithdrawDeclaration', calls: 1 },
      ],
      recordedOnOpenInterview(40),
      0,
    ],
  ];

  it.each(cases)(
    'ends with exactly the campaign after a run stopped %s',
    async (_when, cuts, withdrawn, cancelledByLastRun) => {
      // A cut among the declarations must leave some on the open interview to withdraw.
      if (cuts[0].operation === 'RecordDeclaration') expect(withdrawn).toBeGreaterThan(0);
      for (const cut of cuts) {
        api.cutAfter = { ...cut };
        await expect(load()).rejects.toThrow('ECONNRESET');
      }
      api.cutAfter = null;
      const counts = await load();

      expect(api.count('COMPLETED')).toBe(21);
      expect(api.count('PLANNED') + api.count('IN_PROGRESS')).toBe(0);
      expect(api.count('CANCELLED')).toBe(1);
      expect(api.active('NEED')).toBe(137);
      expect(api.active()).toBe(declarationTotal);
      expect(api.declarations.filter((d) => d.status === 'WITHDRAWN')).toHaveLength(withdrawn);
      for (const organizationId of organizationIds.values()) {
        const completed = api.interviews.filter(
          (i) => i.organizationId === organizationId && i.status === 'COMPLETED',
        );
        expect(completed).toHaveLength(1);
        const activeElsewhere = api.declarations.filter(
          (d) =>
            d.organizationId === organizationId &&
            d.status === 'ACTIVE' &&
            d.interviewId !== completed[0].id,
        );
        expect(activeElsewhere).toEqual([]);
      }
      expect(counts.created.interviews + counts.existing.interviews).toBe(21);
      expect(counts.created.declarations + counts.existing.declarations).toBe(declarationTotal);
      expect(counts.repaired.interviewsCancelled).toBe(cancelledByLastRun);
    },
  );

  it('leaves alone an open interview held by someone else', async () => {
    const organizationId = organizationIds.get(campaign.interviews[0].siret) as string;
    api.interviews.push({
      id: 'someone-else',
      organizationId,
      status: 'PLANNED',
      interviewer: 'Another Facilitator',
      answers: new Map(),
    });
    await load();
    expect(api.interviews.find(({ id }) => id === 'someone-else')?.status).toBe('PLANNED');
    expect(api.count('COMPLETED')).toBe(21);
  });
});
