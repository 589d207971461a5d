import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationSynergiesResolver, ZoneSynergiesResolver } from './parent-synergies.resolver';
import { SynergyLifecycleService } from './synergy-lifecycle.service';
import { SynergyListing } from './synergy-listing.service';
import { SynergyStatusChange } from './synergy-status-change.entity';
import { SynergyStore } from './synergy-store';
import { SynergyResolver } from './synergy.resolver';
import { Synergy } from './synergy.entity';
import { IntroductionModule } from '../introduction/introduction.module';
import { ImpactTotals, TerritoryImpactResolver, ZoneImpactResolver } from './impact-totals';
import { PromisedTonnes } from './promised-tonnes';
import {
  CollectiveNeedCategoriesResolver,
  SynergyCategoryResolver,
} from './synergy-category.resolver';

/** Synergies as records: their storage, lifecycle and API. */
@Module({
  imports: [TypeOrmModule.forFeature([Synergy, SynergyStatusChange]), IntroductionModule],
  providers: [
    SynergyStore,
    SynergyLifecycleService,
    SynergyListing,
    SynergyResolver,
    SynergyCategoryResolver,
    CollectiveNeedCategoriesResolver,
    ZoneSynergiesResolver,
    OrganizationSynergiesResolver,
    ImpactTotals,
    PromisedTonnes,
    ZoneImpactResolver,
    TerritoryImpactResolver,
  ],
  exports: [SynergyStore, SynergyLifecycleService, SynergyListing],
})
export class SynergyModule {}
