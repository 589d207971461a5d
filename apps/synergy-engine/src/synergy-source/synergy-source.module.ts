import { Module } from '@nestjs/common';
import { SynergySourceController } from './synergy-source.controller';
import { SynergySourceService } from './synergy-source.service';

@Module({
  providers: [SynergySourceService],
  controllers: [SynergySourceController],
})
export class SynergySourceModule {}
