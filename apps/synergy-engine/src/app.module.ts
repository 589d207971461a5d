import { Module } from '@nestjs/common';
import { SYNERGY_ENGINE_ACCESS } from './access-policy';
import { ServicePlatformModule } from '@symbiose/platform';
import { B2BOpportunityModule } from './b2b-opportunity/b2b-opportunity.module';
import { DeclarationModule } from './declaration/declaration.module';
import { EngineEventsModule } from './events/engine-events.module';
import { IntroductionModule } from './introduction/introduction.module';
import { MatchingSettingsModule } from './matching-settings/matching-settings.module';
import { OrganizationModule } from './organization/organization.module';
import { RecomputeModule } from './recompute/recompute.module';
import { SynergyModule } from './synergy/synergy.module';
import { SynergyOutcomeModule } from './synergy-outcome/synergy-outcome.module';
import { SynergyExportModule } from './synergy-export/synergy-export.module';
import { SynergySourceModule } from './synergy-source/synergy-source.module';
import { WasteFlowsModule } from './waste-flows/waste-flows.module';
import { SynergyEngineConfig } from './synergy-engine.config';
import { SYNERGY_DATABASE } from './synergy-engine.database';
import {
  OrganizationReference,
  ReplicaTerritoryLookupModule,
  DirectoryReplicaModule,
  ZoneReference,
} from '@symbiose/directory-replica';

@Module({
  imports: [
    ServicePlatformModule.forService({
      name: 'synergy-engine',
      config: SynergyEngineConfig,
      database: SYNERGY_DATABASE,
      consumer: { service: 'synergy-engine' },
      entityReferences: [ZoneReference, OrganizationReference],
      access: SYNERGY_ENGINE_ACCESS,
    }),
    OrganizationModule,
    DeclarationModule,
    SynergyModule,
    B2BOpportunityModule,
    SynergyOutcomeModule,
    SynergyExportModule,
    SynergySourceModule,
    WasteFlowsModule,
    IntroductionModule,
    RecomputeModule,
    MatchingSettingsModule,
    EngineEventsModule,
    ReplicaTerritoryLookupModule,
    DirectoryReplicaModule,
  ],
})
export class AppModule {}
