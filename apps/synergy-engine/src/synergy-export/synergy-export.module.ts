import { Module } from '@nestjs/common';
import { KnownZonesModule } from '@symbiose/directory-replica';
import { OrganizationModule } from '../organization/organization.module';
import { SynergyModule } from '../synergy/synergy.module';
import { SynergyExportController } from './synergy-export.controller';

/** A zone's synergies as CSV and GeoJSON downloads. */
@Module({
  imports: [SynergyModule, OrganizationModule, KnownZonesModule],
  controllers: [SynergyExportController],
})
export class SynergyExportModule {}
