import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { KnownOrganizations } from '@symbiose/directory-replica';
import {
  BadUserInputError,
  Connection,
  NotFoundError,
  OutboxService,
  PageArgs,
  pagesOfChildren,
  paginate,
} from '@symbiose/platform';
import { Declaration } from '../declaration/declaration.entity';
import { findQuestion, answerProblem } from '../interview-grid/grid-definition';
import { InterviewGrid } from '../interview-grid/interview-grid.entity';
import { InterviewGridService } from '../interview-grid/interview-grid.service';
import {
  AmendInterviewInput,
  AnswerInput,
  CancelInterviewInput,
  CompleteInterviewInput,
  PlanInterviewInput,
  RecordAnswerInput,
} from './dto/interview.inputs';
import { InterviewsArgs } from './dto/interviews.args';
import { AmendedValues, InterviewAmendment } from './interview-amendment.entity';
import { InterviewAnswer } from './interview-answer.entity';
import { InterviewStatus } from './interview-status';
import { Interview } from './interview.entity';

const WHY_NOT: Record<InterviewStatus, string> = {
  PLANNED: 'the interview is PLANNED: start it first',
  IN_PROGRESS: 'the interview is IN_PROGRESS',
  COMPLETED: 'the interview is COMPLETED: change it with amendInterview',
  CANCELLED: 'the interview is CANCELLED',
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

@Injectable()
export class InterviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Interview) private readonly interviews: Repository<Interview>,
    @InjectRepository(InterviewAnswer) private readonly answers: Repository<InterviewAnswer>,
    @InjectRepository(InterviewAmendment)
    private readonly amendments: Repository<InterviewAmendment>,
    private readonly grids: InterviewGridService,
    private readonly organizations: KnownOrganizations,
    private readonly outbox: OutboxService,
  ) {}

  async plan(input: PlanInterviewInput): Promise<Interview> {
    await this.organizations.requireActive(input.organizationId, 'organizationId');
    const grid = await this.grids.require(input.gridVersion, 'gridVersion');
    return this.interviews.save(
      this.interviews.create({
        organizationId: input.organizationId,
        gridVersion: grid.version,
        plannedFor: input.plannedFor ?? null,
        interviewer: input.interviewer.trim(),
        status: InterviewStatus.PLANNED,
        notes: null,
        conductedOn: null,
        cancellationReason: null,
      }),
    );
  }

  async start(id: string): Promise<Interview> {
    const interview = await this.requireIn(id, 'id', ['PLANNED']);
    interview.status = InterviewStatus.IN_PROGRESS;
    return this.interviews.save(interview);
  }

  async recordAnswer(input: RecordAnswerInput): Promise<InterviewAnswer> {
    const interview = await this.requireIn(input.interviewId, 'interviewId', ['IN_PROGRESS']);
    const grid = await this.grids.require(interview.gridVersion, 'interviewId');
    checkAnswer(grid, input, 'value');
    return this.answers.save(
      this.answers.create({
        interviewId: interview.id,
        questionKey: input.questionKey,
        value: input.value,
        recordedAt: new Date(),
      }),
    );
  }

  async complete(input: CompleteInterviewInput): Promise<Interview> {
    const interview = await this.requireIn(input.id, 'id', ['IN_PROGRESS']);
    const conductedOn = input.conductedOn ?? today();
    if (conductedOn > today()) throw new BadUserInputError('conductedOn', 'is in the future');
    const organization = await this.organizations.requireActive(interview.organizationId, 'id');
    interview.status = InterviewStatus.COMPLETED;
    interview.conductedOn = conductedOn;
    if (input.notes !== undefined) interview.notes = input.notes;
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(Interview, interview);
      const [needCount, resourceCount] = await Promise.all(
        (['NEED', 'RESOURCE'] as const).map((kind) =>
          manager.countBy(Declaration, { interviewId: saved.id, kind, status: 'ACTIVE' }),
        ),
      );
      await this.outbox.record(manager, 'interview.completed', {
        interviewId: saved.id,
        organizationId: saved.organizationId,
        zoneId: organization.zoneId,
        gridVersion: saved.gridVersion,
        conductedOn,
        needCount,
        resourceCount,
      });
      return saved;
    });
  }

  async cancel(input: CancelInterviewInput): Promise<Interview> {
    const interview = await this.requireIn(input.id, 'id', ['PLANNED', 'IN_PROGRESS']);
    interview.status = InterviewStatus.CANCELLED;
    interview.cancellationReason = input.reason.trim();
    return this.interviews.save(interview);
  }

  /** Changes a completed interview, keeping what it was before and why it changed. */
  async amend(input: AmendInterviewInput): Promise<Interview> {
    const interview = await this.requireIn(input.interviewId, 'interviewId', ['COMPLETED']);
    if (!input.answers && input.notes === undefined && input.conductedOn === undefined) {
      throw new BadUserInputError('answers', 'an amendment changes answers, notes or conductedOn');
    }
    if (input.conductedOn && input.conductedOn > today()) {
      throw new BadUserInputError('conductedOn', 'is in the future');
    }
    const grid = await this.grids.require(interview.gridVersion, 'interviewId');
    input.answers?.forEach((answer, index) => checkAnswer(grid, answer, `answers.${index}.value`));

    return this.dataSource.transaction(async (manager) => {
      const before: AmendedValues = {};
      const after: AmendedValues = {};
      if (input.conductedOn !== undefined) {
        before.conductedOn = interview.conductedOn ?? undefined;
        after.conductedOn = interview.conductedOn = input.conductedOn;
      }
      if (input.notes !== undefined) {
        before.notes = interview.notes;
        after.notes = interview.notes = input.notes;
      }
      if (input.answers) {
        const previous = await this.currentAnswers(manager, interview.id);
        before.answers = {};
        after.answers = {};
        for (const { questionKey, value } of input.answers) {
          before.answers[questionKey] = previous.get(questionKey) ?? null;
          after.answers[questionKey] = value;
          await manager.save(InterviewAnswer, {
            interviewId: interview.id,
            questionKey,
            value,
            recordedAt: new Date(),
          });
        }
      }
      await manager.save(InterviewAmendment, {
        interviewId: interview.id,
        reason: input.reason.trim(),
        before,
        after,
      });
      return manager.save(Interview, interview);
    });
  }

  list({ filter, ...page }: InterviewsArgs): Promise<Connection<Interview>> {
    const query = this.interviews
      .createQueryBuilder('interview')
      .orderBy('interview.plannedFor', 'ASC', 'NULLS LAST')
      .addOrderBy('interview.createdAt', 'ASC')
      .addOrderBy('interview.id', 'ASC');
    if (filter?.organizationId) {
      query.andWhere('interview.organizationId = :organizationId', {
        organizationId: filter.organizationId,
      });
    }
    if (filter?.status) query.andWhere('interview.status = :status', { status: filter.status });
    if (filter?.zoneId) {
      // The zone an organization is in now, from the directory's latest event.
      query.andWhere(
        'interview.organizationId IN (SELECT organization_id FROM organization WHERE zone_id = :zoneId)',
        { zoneId: filter.zoneId },
      );
    }
    return paginate(query, page);
  }

  /** The same page of interviews for each organization, in two queries whatever their number. */
  pagesOfOrganizations(
    organizationIds: readonly string[],
    page: PageArgs,
  ): Promise<Connection<Interview>[]> {
    return pagesOfChildren(
      {
        repository: this.interviews,
        parentColumn: 'organization_id',
        orderBy: 'planned_for ASC NULLS LAST, created_at, id',
      },
      organizationIds,
      page,
    );
  }

  findById(id: string): Promise<Interview | null> {
    return this.interviews.findOneBy({ id });
  }

  /** The interview, when it is in one of the statuses given; otherwise a BAD_USER_INPUT naming the field. */
  async requireIn(id: string, field: string, statuses: InterviewStatus[]): Promise<Interview> {
    const interview = await this.findById(id);
    if (!interview) throw new NotFoundError(field, id);
    if (!statuses.includes(interview.status))
      throw new BadUserInputError(field, WHY_NOT[interview.status], 'TRANSITION_NOT_ALLOWED');
    return interview;
  }

  answersOf(interviewIds: readonly string[]): Promise<InterviewAnswer[]> {
    return this.answers.find({
      where: { interviewId: In([...interviewIds]) },
      order: { questionKey: 'ASC' },
    });
  }

  amendmentsOf(interviewIds: readonly string[]): Promise<InterviewAmendment[]> {
    return this.amendments.find({
      where: { interviewId: In([...interviewIds]) },
      order: { amendedAt: 'ASC', id: 'ASC' },
    });
  }

  /** Interviews per zone, by the zone each organization is in now; cancelled ones are not counted. */
  async countByZone(zoneIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { zoneId: string; count: string }[] = await this.dataSource.query(
      `SELECT o.zone_id AS "zoneId", count(*) AS count
         FROM interview i JOIN organization o ON o.organization_id = i.organization_id
        WHERE o.zone_id = ANY($1::uuid[]) AND i.status <> 'CANCELLED'
        GROUP BY o.zone_id`,
      // Keys the gateway sends may be anything; only UUIDs can match a row.
      [zoneIds.filter((id) => isUUID(id))],
    );
    return new Map(rows.map((row) => [row.zoneId, Number(row.count)]));
  }

  private async currentAnswers(
    manager: EntityManager,
    interviewId: string,
  ): Promise<Map<string, unknown>> {
    const answers = await manager.findBy(InterviewAnswer, { interviewId });
    return new Map(answers.map((answer) => [answer.questionKey, answer.value]));
  }
}

function checkAnswer(grid: InterviewGrid, answer: AnswerInput, valueField: string): void {
  const question = findQuestion(grid.sections, answer.questionKey);
  if (!question) {
    throw new BadUserInputError(
      valueField.replace(/value$/, 'questionKey'),
      `grid version ${grid.version} has no question ${answer.questionKey}`,
    );
  }
  const problem = answerProblem(question, answer.value);
  if (problem) throw new BadUserInputError(valueField, `${question.answerType} answer ${problem}`);
}
