import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { KnownOrganizations, KnownZones } from '@symbiose/directory-replica';
import { BadUserInputError, Connection, NotFoundError, paginate } from '@symbiose/platform';
import { ActionService } from '../action/action.service';
import { KnownSynergies } from '../synergy/known-synergies.service';
import { WorkshopsArgs } from './dto/workshops.args';
import {
  CancelWorkshopInput,
  RecordAttendanceInput,
  RecordDecisionInput,
  RecordMinutesInput,
  RescheduleWorkshopInput,
  ScheduleWorkshopInput,
} from './dto/workshop.inputs';
import { WorkshopKind, WorkshopStatus } from './workshop-enums';
import { WorkshopAttendance } from './workshop-attendance.entity';
import { WorkshopDecision } from './workshop-decision.entity';
import { Workshop } from './workshop.entity';

const WHY_NOT: Record<WorkshopStatus, string> = {
  PLANNED: 'the workshop is PLANNED: mark it held first',
  HELD: 'the workshop is HELD',
  CANCELLED: 'the workshop is CANCELLED',
};

/** Refuses an end before the start, naming endsAt. */
function checkTimes(startsAt: Date, endsAt: Date): { startsAt: Date; endsAt: Date } {
  if (endsAt < startsAt) throw new BadUserInputError('endsAt', 'must not be before startsAt');
  return { startsAt, endsAt };
}

@Injectable()
export class WorkshopService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Workshop) private readonly workshops: Repository<Workshop>,
    @InjectRepository(WorkshopAttendance)
    private readonly attendances: Repository<WorkshopAttendance>,
    @InjectRepository(WorkshopDecision) private readonly decisions: Repository<WorkshopDecision>,
    private readonly synergies: KnownSynergies,
    private readonly actions: ActionService,
    private readonly organizations: KnownOrganizations,
    private readonly zones: KnownZones,
  ) {}

  async schedule(input: ScheduleWorkshopInput): Promise<Workshop> {
    const times = checkTimes(input.startsAt, input.endsAt);
    await this.zones.require(input.zoneId, 'zoneId');
    await this.checkFollowedSynergy(input);
    return this.workshops.save(
      this.workshops.create({
        zoneId: input.zoneId,
        kind: input.kind,
        title: input.title,
        ...times,
        place: input.place ?? null,
        agenda: input.agenda ?? null,
        minutes: null,
        synergyId: input.synergyId ?? null,
        status: WorkshopStatus.PLANNED,
        cancellationReason: null,
      }),
    );
  }

  reschedule(input: RescheduleWorkshopInput): Promise<Workshop> {
    const times = checkTimes(input.startsAt, input.endsAt);
    return this.changeIn(input.id, 'id', ['PLANNED'], (workshop) => {
      Object.assign(workshop, times);
      if (input.place !== undefined) workshop.place = input.place;
    });
  }

  cancel(input: CancelWorkshopInput): Promise<Workshop> {
    return this.changeIn(input.id, 'id', ['PLANNED'], (workshop) => {
      workshop.status = WorkshopStatus.CANCELLED;
      workshop.cancellationReason = input.reason.trim();
    });
  }

  /** Records that the workshop took place, which it cannot have before its start. */
  markHeld(id: string): Promise<Workshop> {
    return this.changeIn(id, 'id', ['PLANNED'], (workshop) => {
      if (workshop.startsAt > new Date()) {
        throw new BadUserInputError(
          'id',
          `the workshop starts at ${workshop.startsAt.toISOString()}: it cannot be held yet`,
        );
      }
      workshop.status = WorkshopStatus.HELD;
    });
  }

  recordMinutes(input: RecordMinutesInput): Promise<Workshop> {
    return this.changeIn(input.workshopId, 'workshopId', ['HELD'], (workshop) => {
      workshop.minutes = input.minutes;
    });
  }

  /**
   * Records who came; the same name again updates their organization and role. An archived
   * organization is taken: the firm may have closed since the workshop it attended.
   */
  async recordAttendance(input: RecordAttendanceInput): Promise<WorkshopAttendance> {
    if (input.organizationId) {
      await this.organizations.require(input.organizationId, 'organizationId');
    }
    return this.dataSource.transaction(async (manager) => {
      const workshop = await this.lockIn(manager, input.workshopId, 'workshopId', [
        'PLANNED',
        'HELD',
      ]);
      await manager
        .createQueryBuilder()
        .insert()
        .into(WorkshopAttendance)
        .values({
          workshopId: workshop.id,
          personName: input.personName,
          organizationId: input.organizationId ?? null,
          role: input.role ?? null,
        })
        .orUpdate(['organization_id', 'role', 'recorded_at'], ['workshop_id', 'person_name'])
        .execute();
      return manager.findOneByOrFail(WorkshopAttendance, {
        workshopId: workshop.id,
        personName: input.personName,
      });
    });
  }

  recordDecision(input: RecordDecisionInput): Promise<WorkshopDecision> {
    return this.dataSource.transaction(async (manager) => {
      const workshop = await this.lockIn(manager, input.workshopId, 'workshopId', ['HELD']);
      const actionIds = [...new Set(input.actionIds ?? [])];
      const synergyIds = [...new Set(input.synergyIds ?? [])];
      await this.actions.requireAllInZone(actionIds, workshop.zoneId, 'actionIds');
      await this.synergies.requireAll(synergyIds, 'synergyIds');
      return manager.save(
        WorkshopDecision,
        manager.create(WorkshopDecision, {
          workshopId: workshop.id,
          text: input.text,
          actionIds,
          synergyIds,
        }),
      );
    });
  }

  /** The workshops of a zone, in the order they start. */
  listByZone({ zoneId, ...page }: WorkshopsArgs): Promise<Connection<Workshop>> {
    const query = this.workshops
      .createQueryBuilder('workshop')
      .where('workshop.zoneId = :zoneId', { zoneId })
      .orderBy('workshop.startsAt', 'ASC')
      .addOrderBy('workshop.id', 'ASC');
    return paginate(query, page);
  }

  findById(id: string): Promise<Workshop | null> {
    return this.workshops.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<Workshop[]> {
    return this.workshops.findBy({ id: In(ids.filter((id) => isUUID(id))) });
  }

  /** The workshop, when it is in one of the statuses given; otherwise a BAD_USER_INPUT naming the field. */
  async requireIn(id: string, field: string, statuses: WorkshopStatus[]): Promise<Workshop> {
    return this.checkIn(await this.findById(id), id, field, statuses);
  }

  /**
   * The same, read under a row lock held until the caller's transaction ends, so that a
   * concurrent cancellation or closing cannot slip between the check and the change.
   */
  async lockIn(
    manager: EntityManager,
    id: string,
    field: string,
    statuses: WorkshopStatus[],
  ): Promise<Workshop> {
    const workshop = await manager.findOne(Workshop, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    return this.checkIn(workshop, id, field, statuses);
  }

  attendancesOf(workshopIds: readonly string[]): Promise<WorkshopAttendance[]> {
    return this.attendances.find({
      where: { workshopId: In([...workshopIds]) },
      order: { personName: 'ASC' },
    });
  }

  decisionsOf(workshopIds: readonly string[]): Promise<WorkshopDecision[]> {
    return this.decisions.find({
      where: { workshopId: In([...workshopIds]) },
      order: { recordedAt: 'ASC', id: 'ASC' },
    });
  }

  /** The meetings of the follow-up groups of each synergy, in the order they start. */
  followUpMeetingsOf(synergyIds: readonly string[]): Promise<Workshop[]> {
    return this.workshops.find({
      where: { synergyId: In(synergyIds.filter((id) => isUUID(id))) },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
  }

  /** Workshops of each zone that are not cancelled; zones without any are absent. */
  async countNotCancelledByZone(zoneIds: readonly string[]): Promise<Map<string, number>> {
    // An id that is no UUID has no workshop, and must not fail the batch it came in with.
    const ids = zoneIds.filter((id) => isUUID(id));
    if (ids.length === 0) return new Map();
    const rows: { zoneId: string; count: string }[] = await this.workshops
      .createQueryBuilder('workshop')
      .select('workshop.zoneId', 'zoneId')
      .addSelect('count(*)', 'count')
      .where('workshop.zoneId IN (:...ids)', { ids })
      .andWhere('workshop.status <> :cancelled', { cancelled: WorkshopStatus.CANCELLED })
      .groupBy('workshop.zoneId')
      .getRawMany();
    return new Map(rows.map((row) => [row.zoneId, Number(row.count)]));
  }

  private async changeIn(
    id: string,
    field: string,
    statuses: WorkshopStatus[],
    change: (workshop: Workshop) => void,
  ): Promise<Workshop> {
    return this.dataSource.transaction(async (manager) => {
      const workshop = await this.lockIn(manager, id, field, statuses);
      change(workshop);
      return manager.save(Workshop, workshop);
    });
  }

  private checkIn(
    workshop: Workshop | null,
    id: string,
    field: string,
    statuses: WorkshopStatus[],
  ): Workshop {
    if (!workshop) throw new NotFoundError(field, id);
    if (!statuses.includes(workshop.status)) {
      throw new BadUserInputError(field, WHY_NOT[workshop.status], 'TRANSITION_NOT_ALLOWED');
    }
    return workshop;
  }

  /** A follow-up group follows a known synergy of its zone; no other kind follows one. */
  private async checkFollowedSynergy(input: ScheduleWorkshopInput): Promise<void> {
    const followUp = input.kind === WorkshopKind.FOLLOW_UP_GROUP;
    if (!input.synergyId) {
      if (followUp) throw new BadUserInputError('synergyId', 'a follow-up group follows a synergy');
      return;
    }
    if (!followUp) {
      throw new BadUserInputError('synergyId', 'only a FOLLOW_UP_GROUP follows a synergy');
    }
    const synergy = await this.synergies.require(input.synergyId, 'synergyId');
    if (!synergy.zoneIds.includes(input.zoneId)) {
      throw new BadUserInputError('synergyId', `the synergy is not in zone ${input.zoneId}`);
    }
  }
}
