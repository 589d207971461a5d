import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KnownZones } from './known-zones.service';
import { ReplicatedZone } from './replicated-zone.entity';

/** Gives a service's modules the zones of its replica, to check the ids they are given. */
@Module({
  imports: [TypeOrmModule.forFeature([ReplicatedZone])],
  providers: [KnownZones],
  exports: [KnownZones],
})
export class KnownZonesModule {}
