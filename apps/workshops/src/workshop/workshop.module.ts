import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KnownOrganizationsModule, KnownZonesModule } from '@symbiose/directory-replica';
import { ActionModule } from '../action/action.module';
import { SynergyModule } from '../synergy/synergy.module';
import { WorkshopAttendance } from './workshop-attendance.entity';
import { WorkshopDecision } from './workshop-decision.entity';
import { Workshop } from './workshop.entity';
import {
  WorkshopAttendanceResolver,
  WorkshopDecisionResolver,
  WorkshopResolver,
} from './workshop.resolver';
import { WorkshopService } from './workshop.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Workshop, WorkshopAttendance, WorkshopDecision]),
    ActionModule,
    SynergyModule,
    KnownOrganizationsModule,
    KnownZonesModule,
  ],
  providers: [
    WorkshopService,
    WorkshopResolver,
    WorkshopAttendanceResolver,
    WorkshopDecisionResolver,
  ],
  exports: [WorkshopService],
})
export class WorkshopModule {}
