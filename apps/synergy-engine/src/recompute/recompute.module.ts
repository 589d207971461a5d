import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KnownZonesModule } from '@symbiose/directory-replica';
import { DeclarationModule } from '../declaration/declaration.module';
import { OrganizationModule } from '../organization/organization.module';
import { SynergyModule } from '../synergy/synergy.module';
import { ChangeSlices } from './change-slices';
import { RecomputeQueue } from './recompute-queue';
import { RecomputeRequests } from './recompute-requests';
import { RecomputeWorker } from './recompute.worker';
import { RecomputeResolver } from './recompute.resolver';
import { ZoneRecompute } from './zone-recompute.entity';
import { SliceRecomputeService } from './slice-recompute.service';
import { ZoneRecomputeService } from './zone-recompute.service';

/** Keeps synergies current: recompute requests, their queue, and the worker that runs them. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ZoneRecompute]),
    KnownZonesModule,
    DeclarationModule,
    OrganizationModule,
    SynergyModule,
  ],
  providers: [
    RecomputeQueue,
    RecomputeRequests,
    ChangeSlices,
    SliceRecomputeService,
    ZoneRecomputeService,
    RecomputeWorker,
    RecomputeResolver,
  ],
  exports: [RecomputeRequests, ChangeSlices, ZoneRecomputeService],
})
export class RecomputeModule {}
