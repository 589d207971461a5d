import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { KnownOrganizations } from '@symbiose/directory-replica';
import { BadUserInputError } from '@symbiose/platform';
import { ActionStatus } from '../action/action-enums';
import { forbiddenTransition } from '../action/action-lifecycle';
import { Action } from '../action/action.entity';
import { ActionService } from '../action/action.service';
import { WorkshopAttendance } from '../workshop/workshop-attendance.entity';
import { WORKSHOP_STATUSES, WorkshopKind, WorkshopStatus } from '../workshop/workshop-enums';
import { Workshop } from '../workshop/workshop.entity';
import { WorkshopService } from '../workshop/workshop.service';
import {
  AddCandidateActionsArgs,
  CastPriorityVoteArgs,
  ClosePrioritisationArgs,
} from './dto/prioritisation.args';
import { PrioritisationCandidate } from './prioritisation-candidate.entity';
import { PrioritisationModel } from './prioritisation.model';
import { PriorityVote } from './priority-vote.entity';
import { rankCandidates } from './ranking';

/**
 * Firms score the candidates in the room, so a workshop takes votes, and is closed, once it is
 * marked held; a PLANNED one has not met yet, and a CANCELLED one never will.
 */
const VOTING: WorkshopStatus[] = ['HELD'];

@Injectable()
export class PrioritisationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workshops: WorkshopService,
    private readonly actions: ActionService,
    private readonly organizations: KnownOrganizations,
  ) {}

  /**
   * Puts PROPOSED actions of the workshop's zone to its vote, before or during the workshop;
   * one already there stays.
   */
  addCandidates({ workshopId, actionIds }: AddCandidateActionsArgs): Promise<PrioritisationModel> {
    return this.dataSource.transaction(async (manager) => {
      const workshop = await this.lockOpen(manager, workshopId, ['PLANNED', 'HELD']);
      const ids = [...new Set(actionIds)];
      await this.actions.requireAllInZone(ids, workshop.zoneId, 'actionIds');
      const notProposed = await manager.findOne(Action, {
        where: { id: In(ids), status: Not(ActionStatus.PROPOSED) },
      });
      if (notProposed) {
        throw new BadUserInputError(
          'actionIds',
          `action ${notProposed.id} is ${notProposed.status}: only PROPOSED actions are ranked`,
        );
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(PrioritisationCandidate)
        .values(ids.map((actionId) => ({ workshopId, actionId })))
        .orIgnore()
        .execute();
      return this.matrixOf(manager, workshop);
    });
  }

  /** Records an attendee organization's scores of a candidate, replacing its earlier ones. */
  async castVote(args: CastPriorityVoteArgs): Promise<PrioritisationModel> {
    await this.organizations.require(args.voterOrganizationId, 'voterOrganizationId');
    return this.dataSource.transaction(async (manager) => {
      const workshop = await this.lockOpen(manager, args.workshopId, VOTING);
      const candidate = await manager.findOneBy(PrioritisationCandidate, {
        workshopId: workshop.id,
        actionId: args.actionId,
      });
      if (!candidate) {
        throw new BadUserInputError('actionId', 'is not a candidate action of the workshop');
      }
      const attended = await manager.existsBy(WorkshopAttendance, {
        workshopId: workshop.id,
        organizationId: args.voterOrganizationId,
      });
      if (!attended) {
        throw new BadUserInputError(
          'voterOrganizationId',
          'nobody of this organization attends the workshop: only attendees vote',
        );
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(PriorityVote)
        .values({
          workshopId: workshop.id,
          actionId: args.actionId,
          voterOrganizationId: args.voterOrganizationId,
          impact: args.impact,
          investment: args.investment,
          comment: args.comment ?? null,
          castAt: new Date(),
        })
        .orUpdate(
          ['impact', 'investment', 'comment', 'cast_at'],
          ['workshop_id', 'action_id', 'voter_organization_id'],
        )
        .execute();
      return this.matrixOf(manager, workshop);
    });
  }

  /**
   * Ranks the candidates, moves the `select` best to PRIORITISED and closes the vote, all in one
   * transaction under the workshop's row lock, so that no vote lands after the ranking.
   */
  close({ workshopId, select }: ClosePrioritisationArgs): Promise<PrioritisationModel> {
    return this.dataSource.transaction(async (manager) => {
      const workshop = await this.lockOpen(manager, workshopId, VOTING);
      const matrix = await this.matrixOf(manager, workshop);
      if (select > matrix.ranking.length) {
        throw new BadUserInputError(
          'select',
          `the workshop has ${matrix.ranking.length} candidate actions`,
        );
      }
      const chosen = matrix.ranking.slice(0, select).map((entry) => entry.actionId);
      const actions = await manager.find(Action, {
        where: { id: In(chosen) },
        lock: { mode: 'pessimistic_write' },
      });
      for (const action of actions) {
        const forbidden = forbiddenTransition(action.status, ActionStatus.PRIORITISED);
        if (forbidden) throw new BadUserInputError('select', `action ${action.id}: ${forbidden}`);
      }
      await manager.update(Action, { id: In(chosen) }, { status: ActionStatus.PRIORITISED });
      workshop.prioritisationClosedAt = new Date();
      workshop.prioritisedCount = select;
      await manager.save(Workshop, workshop);
      return this.matrixOf(manager, workshop);
    });
  }

  async matrix(workshopId: string): Promise<PrioritisationModel> {
    const workshop = await this.workshops.requireIn(workshopId, 'workshopId', [
      ...WORKSHOP_STATUSES,
    ]);
    requirePrioritisation(workshop);
    return this.matrixOf(this.dataSource.manager, workshop);
  }

  /** The ranking of the workshop's candidates as the votes stand. */
  private async matrixOf(manager: EntityManager, workshop: Workshop): Promise<PrioritisationModel> {
    const candidates: { actionId: string; title: string }[] = await manager.query(
      `SELECT a.id AS "actionId", a.title
         FROM prioritisation_candidate c JOIN action a ON a.id = c.action_id
        WHERE c.workshop_id = $1`,
      [workshop.id],
    );
    const votes = await manager.findBy(PriorityVote, { workshopId: workshop.id });
    const ranking = rankCandidates(
      candidates.map((candidate) => ({
        ...candidate,
        votes: votes.filter((vote) => vote.actionId === candidate.actionId),
      })),
    );
    const prioritisedCount = workshop.prioritisedCount;
    return {
      workshopId: workshop.id,
      closedAt: workshop.prioritisationClosedAt,
      prioritisedCount,
      ranking: ranking.map((entry) => ({
        ...entry,
        selected: prioritisedCount !== null && entry.rank <= prioritisedCount,
      })),
    };
  }

  /** The prioritisation workshop, locked, in one of the statuses given and not closed. */
  private async lockOpen(
    manager: EntityManager,
    workshopId: string,
    statuses: WorkshopStatus[],
  ): Promise<Workshop> {
    const workshop = await this.workshops.lockIn(manager, workshopId, 'workshopId', statuses);
    requirePrioritisation(workshop);
    if (workshop.prioritisationClosedAt) {
      throw new BadUserInputError(
        'workshopId',
        `the prioritisation closed at ${workshop.prioritisationClosedAt.toISOString()}`,
      );
    }
    return workshop;
  }
}

function requirePrioritisation(workshop: Workshop): void {
  if (workshop.kind !== WorkshopKind.PRIORITISATION) {
    throw new BadUserInputError(
      'workshopId',
      `the workshop is a ${workshop.kind}, not a PRIORITISATION`,
    );
  }
}
