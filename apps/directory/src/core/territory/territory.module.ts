import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Territory } from './territory.entity';
import { TerritoryResolver } from './territory.resolver';
import { TerritoryService } from './territory.service';

@Module({
  imports: [TypeOrmModule.forFeature([Territory])],
  providers: [TerritoryService, TerritoryResolver],
  exports: [TerritoryService],
})
export class TerritoryModule {}
