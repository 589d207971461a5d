import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerritoryModule } from '../territory/territory.module';
import { Zone } from './zone.entity';
import { TerritoryZonesResolver, ZoneResolver } from './zone.resolver';
import { ZoneService } from './zone.service';

@Module({
  imports: [TypeOrmModule.forFeature([Zone]), TerritoryModule],
  providers: [ZoneService, ZoneResolver, TerritoryZonesResolver],
  exports: [ZoneService],
})
export class ZoneModule {}
