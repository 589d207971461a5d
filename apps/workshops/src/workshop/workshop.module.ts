import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Workshop } from './workshop.entity';
import { WorkshopResolver, ZoneWorkshopCountResolver } from './workshop.resolver';
import { WorkshopService } from './workshop.service';

@Module({
  imports: [TypeOrmModule.forFeature([Workshop])],
  providers: [WorkshopService, WorkshopResolver, ZoneWorkshopCountResolver],
  exports: [WorkshopService],
})
export class WorkshopModule {}
