import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReplicatedOrganization, ReplicatedZone } from '@symbiose/directory-replica';
import { Synergy } from '../synergy/synergy.entity';
import { IntroductionConsent } from './introduction-consent.entity';
import { SynergyParticipantResolver, SynergyParticipantsResolver } from './introduction.resolver';
import { IntroductionService } from './introduction.service';
import { CounterpartPrivacy } from './counterpart-privacy';

/** Who a synergy's participants are to each caller, and the double opt-in that reveals them. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      IntroductionConsent,
      Synergy,
      ReplicatedOrganization,
      ReplicatedZone,
    ]),
  ],
  providers: [
    IntroductionService,
    CounterpartPrivacy,
    SynergyParticipantsResolver,
    SynergyParticipantResolver,
  ],
  exports: [CounterpartPrivacy],
})
export class IntroductionModule {}
