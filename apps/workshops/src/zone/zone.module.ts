import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { WorkshopModule } from '../workshop/workshop.module';
import { ZoneIndicatorsResolver } from './zone-indicators.resolver';
import { ZoneIndicatorsService } from './zone-indicators.service';

@Module({
  imports: [WorkshopModule, ActionModule],
  providers: [ZoneIndicatorsService, ZoneIndicatorsResolver],
})
export class ZoneModule {}
