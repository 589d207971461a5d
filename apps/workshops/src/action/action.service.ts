import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In, Repository } from 'typeorm';
import { KnownOrganizations, KnownZones } from '@symbiose/directory-replica';
import { BadUserInputError, Connection, NotFoundError, paginate } from '@symbiose/platform';
import { findCategory } from '@symbiose/taxonomy';
import { KnownSynergies } from '../synergy/known-synergies.service';
import {
  ActionsArgs,
  AddMilestoneInput,
  ChangeActionStatusInput,
  CompleteMilestoneInput,
  ProposeActionInput,
} from './dto/action.inputs';
import { forbiddenTransition } from './action-lifecycle';
import { ActionMilestone } from './action-milestone.entity';
import { Action } from './action.entity';

@Injectable()
export class ActionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Action) private readonly actions: Repository<Action>,
    @InjectRepository(ActionMilestone) private readonly milestones: Repository<ActionMilestone>,
    private readonly synergies: KnownSynergies,
    private readonly organizations: KnownOrganizations,
    private readonly zones: KnownZones,
  ) {}

  async propose(input: ProposeActionInput): Promise<Action> {
    await this.zones.require(input.zoneId, 'zoneId');
    if (input.categoryCode !== undefined) {
      const category = findCategory(input.categoryCode);
      if (!category) {
        throw new BadUserInputError('categoryCode', `no category has code ${input.categoryCode}`);
      }
      if (category.theme !== input.theme) {
        throw new BadUserInputError(
          'categoryCode',
          `${category.code} belongs to ${category.theme}, not to ${input.theme}`,
        );
      }
    }
    const synergyIds = [...new Set(input.synergyIds ?? [])];
    await this.synergies.requireAll(synergyIds, 'synergyIds');
    if (input.ownerOrganizationId) {
      await this.organizations.requireActive(input.ownerOrganizationId, 'ownerOrganizationId');
    }
    return this.actions.save(
      this.actions.create({
        zoneId: input.zoneId,
        year: input.year,
        title: input.title,
        description: input.description ?? null,
        theme: input.theme,
        categoryCode: input.categoryCode ?? null,
        synergyIds,
        carrier: input.carrier,
        ownerOrganizationId: input.ownerOrganizationId ?? null,
      }),
    );
  }

  async changeStatus({ id, status }: ChangeActionStatusInput): Promise<Action> {
    return this.dataSource.transaction(async (manager) => {
      const action = await manager.findOne(Action, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!action) throw new NotFoundError('id', id);
      const forbidden = forbiddenTransition(action.status, status);
      if (forbidden) throw new BadUserInputError('status', forbidden, 'TRANSITION_NOT_ALLOWED');
      action.status = status;
      return manager.save(Action, action);
    });
  }

  async addMilestone(input: AddMilestoneInput): Promise<ActionMilestone> {
    await this.require(input.actionId, 'actionId');
    return this.milestones.save(
      this.milestones.create({
        actionId: input.actionId,
        title: input.title,
        dueOn: input.dueOn,
        completedOn: null,
      }),
    );
  }

  async completeMilestone({ id, completedOn }: CompleteMilestoneInput): Promise<ActionMilestone> {
    const milestone = await this.milestones.findOneBy({ id });
    if (!milestone) throw new NotFoundError('id', id);
    if (milestone.completedOn) {
      throw new BadUserInputError('id', `the milestone was completed on ${milestone.completedOn}`);
    }
    milestone.completedOn = completedOn;
    return this.milestones.save(milestone);
  }

  list({ zoneId, year, status, ...page }: ActionsArgs): Promise<Connection<Action>> {
    const query = this.actions
      .createQueryBuilder('action')
      .where('action.zoneId = :zoneId', { zoneId })
      .orderBy('action.year', 'ASC')
      .addOrderBy('action.createdAt', 'ASC')
      .addOrderBy('action.id', 'ASC');
    if (year !== undefined) query.andWhere('action.year = :year', { year });
    if (status) query.andWhere('action.status = :status', { status });
    return paginate(query, page);
  }

  findById(id: string): Promise<Action | null> {
    return this.actions.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<Action[]> {
    return this.actions.findBy({ id: In(ids.filter((id) => isUUID(id))) });
  }

  async require(id: string, field: string): Promise<Action> {
    const action = await this.findById(id);
    if (!action) throw new NotFoundError(field, id);
    return action;
  }

  /** Checks that every id is an action of the zone; the first that is not is named. */
  async requireAllInZone(ids: readonly string[], zoneId: string, field: string): Promise<void> {
    const found = new Map((await this.findByIds(ids)).map((action) => [action.id, action]));
    for (const id of ids) {
      const action = found.get(id);
      if (!action) throw new NotFoundError(field, id);
      if (action.zoneId !== zoneId) {
        throw new BadUserInputError(field, `action ${id} belongs to another zone`);
      }
    }
  }

  /** The actions of a zone's plan for a year, in the order they were proposed. */
  ofYear(zoneId: string, year: number): Promise<Action[]> {
    return this.actions.find({ where: { zoneId, year }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  milestonesOf(actionIds: readonly string[]): Promise<ActionMilestone[]> {
    return this.milestones.find({
      where: { actionId: In([...actionIds]) },
      order: { dueOn: 'ASC', id: 'ASC' },
    });
  }

  /** Every action of each zone, dropped ones included: the actions the programme studied. */
  async countByZone(zoneIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { zoneId: string; count: string }[] = await this.dataSource.query(
      `SELECT zone_id AS "zoneId", count(*) AS count FROM action
        WHERE zone_id = ANY($1::uuid[]) GROUP BY zone_id`,
      [zoneIds.filter((id) => isUUID(id))],
    );
    return new Map(rows.map((row) => [row.zoneId, Number(row.count)]));
  }
}
