import { ServiceDatabase } from '@symbiose/platform';
import {
  OrganizationReplicaAuthorisations1766000400000,
  ReplicatedOrganization,
  ReplicatedZone,
} from '@symbiose/directory-replica';
import { Declaration } from './declaration/declaration.entity';
import { CreateSynergy1764320400000 } from './migrations/1764320400000-create-synergy';
import { CreateDeclaration1764406800000 } from './migrations/1764406800000-create-declaration';
import { CreateSynergyRecords1764579600000 } from './migrations/1764579600000-create-synergy-records';
import { CreateIntroductionConsent1764900000000 } from './migrations/1764900000000-create-introduction-consent';
import { OutboxLz41765100000000 } from './migrations/1765100000000-outbox-lz4';
import { StatusChangeSubject1765200000000 } from './migrations/1765200000000-status-change-subject';
import { NarrowerSynergyRows1765300000000 } from './migrations/1765300000000-narrower-synergy-rows';
import { OutboxJson1765400000000 } from './migrations/1765400000000-outbox-json';
import { CompactB2BRationale1765500000000 } from './migrations/1765500000000-compact-b2b-rationale';
import { DeclarationAttributes1766000200000 } from './migrations/1766000200000-declaration-attributes';
import { CreateMatchingSettings1766000500000 } from './migrations/1766000500000-create-matching-settings';
import { DismissalReason1766000600000 } from './migrations/1766000600000-dismissal-reason';
import { B2BRationaleRules1766000700000 } from './migrations/1766000700000-b2b-rationale-rules';
import { RecomputeLease1766000820000 } from './migrations/1766000820000-recompute-lease';
import { RecomputeBackend1766000830000 } from './migrations/1766000830000-recompute-backend';
import { CreateSynergyOutcome1766000900000 } from './migrations/1766000900000-create-synergy-outcome';
import { DirtySynergySlices1766100000000 } from './migrations/1766100000000-dirty-synergy-slices';
import { IntroductionConsent } from './introduction/introduction-consent.entity';
import { MatchingSettings } from './matching-settings/matching-settings.entity';
import { ZoneRecompute } from './recompute/zone-recompute.entity';
import { SynergyStatusChange } from './synergy/synergy-status-change.entity';
import { Synergy } from './synergy/synergy.entity';
import { SynergyOutcome } from './synergy-outcome/synergy-outcome.entity';
import { OutboxDelivery1766200000000 } from './migrations/1766200000000-outbox-delivery';
import { DeclarationEconomics1766300000000 } from './migrations/1766300000000-declaration-economics';
import { RecomputeCollectivePools1766300000100 } from './migrations/1766300000100-recompute-collective-pools';
import { RecomputeCollectiveSpend1766400000000 } from './migrations/1766400000000-recompute-collective-spend';
import { B2BTopLists1766500000000 } from './migrations/1766500000000-b2b-top-lists';

export const SYNERGY_DATABASE: ServiceDatabase = {
  schema: 'synergy',
  entities: [
    ReplicatedZone,
    ReplicatedOrganization,
    Declaration,
    Synergy,
    SynergyStatusChange,
    ZoneRecompute,
    IntroductionConsent,
    MatchingSettings,
    SynergyOutcome,
  ],
  migrations: [
    CreateSynergy1764320400000,
    CreateDeclaration1764406800000,
    CreateSynergyRecords1764579600000,
    CreateIntroductionConsent1764900000000,
    OutboxLz41765100000000,
    StatusChangeSubject1765200000000,
    NarrowerSynergyRows1765300000000,
    OutboxJson1765400000000,
    CompactB2BRationale1765500000000,
    DeclarationAttributes1766000200000,
    CreateMatchingSettings1766000500000,
    DismissalReason1766000600000,
    B2BRationaleRules1766000700000,
    OrganizationReplicaAuthorisations1766000400000,
    RecomputeLease1766000820000,
    RecomputeBackend1766000830000,
    CreateSynergyOutcome1766000900000,
    DirtySynergySlices1766100000000,
    OutboxDelivery1766200000000,
    DeclarationEconomics1766300000000,
    RecomputeCollectivePools1766300000100,
    RecomputeCollectiveSpend1766400000000,
    B2BTopLists1766500000000,
  ],
};
