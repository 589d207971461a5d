import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { groupToKeys, Loaders, RequestLoaders, UuidArgPipe } from '@symbiose/platform';
import { Action } from '../action/action.entity';
import { actionLoader } from '../action/action.loader';
import { ActionModel } from '../action/action.model';
import { ActionService } from '../action/action.service';
import { SynergyReference } from '../synergy/synergy.model';
import { WorkshopsArgs } from './dto/workshops.args';
import {
  CancelWorkshopInput,
  RecordAttendanceInput,
  RecordDecisionInput,
  RecordMinutesInput,
  RescheduleWorkshopInput,
  ScheduleWorkshopInput,
} from './dto/workshop.inputs';
import { WorkshopAttendance } from './workshop-attendance.entity';
import { WorkshopDecision } from './workshop-decision.entity';
import { Workshop } from './workshop.entity';
import {
  WorkshopAttendanceModel,
  WorkshopConnection,
  WorkshopDecisionModel,
  WorkshopModel,
} from './workshop.model';
import { workshopLoader } from './workshop.loader';
import { WorkshopService } from './workshop.service';
import { OrganizationReference, ZoneReference } from '@symbiose/directory-replica';

@Resolver(() => WorkshopModel)
export class WorkshopResolver {
  constructor(private readonly workshopService: WorkshopService) {}

  @Query(() => WorkshopModel, { nullable: true })
  workshop(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
    return this.workshopService.findById(id);
  }

  @Query(() => WorkshopConnection)
  workshops(@Args() args: WorkshopsArgs) {
    return this.workshopService.listByZone(args);
  }

  @Mutation(() => WorkshopModel)
  scheduleWorkshop(@Args('input') input: ScheduleWorkshopInput) {
    return this.workshopService.schedule(input);
  }

  @Mutation(() => WorkshopModel, { description: 'Moves a PLANNED workshop' })
  rescheduleWorkshop(@Args('input') input: RescheduleWorkshopInput) {
    return this.workshopService.reschedule(input);
  }

  @Mutation(() => WorkshopModel, { description: 'Cancels a PLANNED workshop' })
  cancelWorkshop(@Args('input') input: CancelWorkshopInput) {
    return this.workshopService.cancel(input);
  }

  @Mutation(() => WorkshopModel, { description: 'PLANNED → HELD' })
  markWorkshopHeld(@Args('id', { type: () => ID }, UuidArgPipe) id: string) {
    return this.workshopService.markHeld(id);
  }

  @Mutation(() => WorkshopAttendanceModel, {
    description: 'Records a person at a PLANNED or HELD workshop',
  })
  recordAttendance(@Args('input') input: RecordAttendanceInput) {
    return this.workshopService.recordAttendance(input);
  }

  @Mutation(() => WorkshopModel, { description: 'Records the minutes of a HELD workshop' })
  recordMinutes(@Args('input') input: RecordMinutesInput) {
    return this.workshopService.recordMinutes(input);
  }

  @Mutation(() => WorkshopDecisionModel, { description: 'Records a decision of a HELD workshop' })
  recordDecision(@Args('input') input: RecordDecisionInput) {
    return this.workshopService.recordDecision(input);
  }

  /** A reference the gateway completes from directory. */
  @ResolveField(() => ZoneReference)
  zone(@Parent() workshop: Workshop): ZoneReference {
    return { id: workshop.zoneId };
  }

  @ResolveField(() => SynergyReference, {
    nullable: true,
    description: 'The synergy a follow-up group follows',
  })
  synergy(@Parent() workshop: Workshop): SynergyReference | null {
    return workshop.synergyId ? { id: workshop.synergyId } : null;
  }

  @ResolveField(() => [WorkshopAttendanceModel], { description: 'By name' })
  attendances(@Parent() workshop: Workshop, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<string, WorkshopAttendance[]>('attendancesByWorkshop', async (ids) =>
        groupToKeys(ids, await this.workshopService.attendancesOf(ids), (a) => a.workshopId),
      )
      .load(workshop.id);
  }

  @ResolveField(() => [WorkshopDecisionModel], { description: 'In the order they were recorded' })
  decisions(@Parent() workshop: Workshop, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<string, WorkshopDecision[]>('decisionsByWorkshop', async (ids) =>
        groupToKeys(ids, await this.workshopService.decisionsOf(ids), (d) => d.workshopId),
      )
      .load(workshop.id);
  }
}

@Resolver(() => WorkshopAttendanceModel)
export class WorkshopAttendanceResolver {
  constructor(private readonly workshops: WorkshopService) {}

  @ResolveField(() => WorkshopModel, {
    description: 'The workshop attended, whose `attendances` list holds this one',
  })
  workshop(@Parent() attendance: WorkshopAttendance, @Loaders() loaders: RequestLoaders) {
    return workshopLoader(loaders, this.workshops).load(attendance.workshopId);
  }

  @ResolveField(() => OrganizationReference, { nullable: true })
  organization(@Parent() attendance: WorkshopAttendance): OrganizationReference | null {
    return attendance.organizationId ? { id: attendance.organizationId } : null;
  }
}

@Resolver(() => WorkshopDecisionModel)
export class WorkshopDecisionResolver {
  constructor(private readonly actionService: ActionService) {}

  @ResolveField(() => [ActionModel])
  async actions(@Parent() decision: WorkshopDecision, @Loaders() loaders: RequestLoaders) {
    const actions = await actionLoader(loaders, this.actionService).loadMany(decision.actionIds);
    return actions.filter(
      (action): action is Action => action !== null && !(action instanceof Error),
    );
  }

  @ResolveField(() => [SynergyReference])
  synergies(@Parent() decision: WorkshopDecision): SynergyReference[] {
    return decision.synergyIds.map((id) => ({ id }));
  }
}
