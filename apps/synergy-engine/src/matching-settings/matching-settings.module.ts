import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KnownZonesModule } from '@symbiose/directory-replica';
import { RecomputeModule } from '../recompute/recompute.module';
import { MatchingSettings } from './matching-settings.entity';
import { MatchingSettingsResolver } from './matching-settings.resolver';
import { MatchingSettingsService } from './matching-settings.service';

/** Each territory's tuning of the matching, versioned; a change triggers a recompute. */
@Module({
  imports: [TypeOrmModule.forFeature([MatchingSettings]), KnownZonesModule, RecomputeModule],
  providers: [MatchingSettingsService, MatchingSettingsResolver],
})
export class MatchingSettingsModule {}
