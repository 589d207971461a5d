import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KnownSynergies } from './known-synergies.service';
import { ReplicatedSynergy } from './replicated-synergy.entity';
import { SynergyCopyCheck } from './synergy-copy-check';
import { SynergyCopyCheckResolver } from './synergy-copy-check.resolver';
import { SynergySource } from './synergy-source';

@Module({
  imports: [TypeOrmModule.forFeature([ReplicatedSynergy])],
  providers: [KnownSynergies, SynergySource, SynergyCopyCheck, SynergyCopyCheckResolver],
  exports: [KnownSynergies],
})
export class SynergyModule {}
