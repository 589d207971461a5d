import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KnownSynergies } from './known-synergies.service';
import { ReplicatedSynergy } from './replicated-synergy.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ReplicatedSynergy])],
  providers: [KnownSynergies],
  exports: [KnownSynergies],
})
export class SynergyModule {}
