import { Module } from '@nestjs/common';
import { KnownZonesModule } from '@symbiose/directory-replica';
import { OrganizationModule } from '../organization/organization.module';
import { SynergyModule } from '../synergy/synergy.module';
import { SynergyOutcomeModule } from '../synergy-outcome/synergy-outcome.module';
import { SynergyExportController } from './synergy-export.controller';

/** A zone's synergies as CSV and GeoJSON downloads. */
@Module({
  imports: [SynergyModule, SynergyOutcomeModule, OrganizationModule, KnownZonesModule],
  controllers: [SynergyExportController],
})
export class SynergyExportModule {}
