import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@symbiose/platform';
import type { DismissalReason } from './dismissal-reason';
import type { SynergyStatus } from './synergy-lifecycle';
import {
  CollectiveNeedCode,
  DismissalReasonEnum,
  ParticipantRole,
  SynergyKind,
  SynergyStatusEnum,
  Theme,
} from './synergy-enums';

/**
 * One organization's part in a synergy. Who it is (`organization`, `contact`)
 * is resolved by the introduction module: a company member sees the other
 * participants anonymised until both sides of a B2B synergy consent.
 */
@ObjectType('SynergyParticipant')
export class SynergyParticipantModel {
  synergyId: string;
  synergyKind: keyof typeof SynergyKind;
  organizationId: string;
  /** Both sides of the (B2B) synergy have consented to be introduced. */
  introduced: boolean;

  @Field(() => ParticipantRole)
  role: keyof typeof ParticipantRole;

  @Field(() => [ID], {
    description:
      'The declarations that bring it into the synergy; empty for the other side of a B2B ' +
      'synergy to a company member until both sides are introduced',
  })
  declarationIds: string[];
}

@ObjectType('SynergyImpact', {
  description:
    'Indicative estimate of a year of a B2B exchange of a weighed flow; the method, the factors and their sources are in docs/impact-method.md',
})
export class SynergyImpactModel {
  @Field()
  indicative: boolean;

  @Field(() => Float)
  tonnesPerYear: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Trips a year at the rhythm declared (the resource’s, else the need’s)',
  })
  tripsPerYear: number | null;

  @Field(() => Float, { nullable: true })
  tonnesPerTrip: number | null;

  @Field({
    description:
      'The smallest vehicle that carries a trip’s load: VAN, RIGID_7_5T, RIGID_12T, RIGID_19T (also when the rhythm is unknown) or ARTICULATED_40T',
  })
  vehicleClass: string;

  @Field(() => Float)
  greatCircleKm: number;

  @Field(() => Float, { description: 'Great-circle distance times the detour factor' })
  roadKm: number;

  @Field(() => Float, { description: 'The synergy’s trip, from the resource to the need' })
  transportKgCo2ePerYear: number;

  @Field(() => String, {
    nullable: true,
    description:
      'PAPER_CARDBOARD, PLASTICS, WOOD, FERROUS, ALUMINIUM, COPPER, METALS (a metal of unnamed family), ORGANIC, GLASS or INERT',
  })
  materialFamily: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the waste goes today: SORTED_RECYCLING or SORTED_BIOWASTE when the law imposes separate sorting, RESIDUAL_DISPOSAL when so declared, OTHER_COLLECTION for a waste of no material family; null for a resource that is no waste',
  })
  baselineRoute: string | null;

  @Field(() => String, { nullable: true, description: 'The rule that sets today’s route' })
  baselineRule: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Road km to today’s collector, declared or the default (20 km)',
  })
  collectorRoadKm: number | null;

  @Field(() => Float, {
    description: 'Today’s trip to the collector, which the synergy removes',
  })
  avoidedCollectionKgCo2ePerYear: number;

  @Field(() => Float, { description: 'Zero unless the waste goes to residual disposal today' })
  avoidedTreatmentKgCo2ePerYear: number;

  @Field(() => Float, { description: 'Zero unless the waste goes to residual disposal today' })
  avoidedVirginMaterialKgCo2ePerYear: number;

  @Field(() => Float, {
    description:
      'Baseline’s emissions less the synergy’s: collection avoided + material credit − transport',
  })
  netAvoidedKgCo2ePerYear: number;
}

@ObjectType('SynergyStatusChange')
export class SynergyStatusChangeModel {
  @Field(() => SynergyStatusEnum)
  from: SynergyStatus;

  @Field(() => SynergyStatusEnum)
  to: SynergyStatus;

  @Field({ description: 'As the author signed the change' })
  changedBy: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The subject of the token behind the change; null when the engine made it on another service's event",
  })
  changedBySubject: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => DismissalReasonEnum, {
    nullable: true,
    description:
      'Why it was dismissed (to DISMISSED only; null for dismissals made before reasons)',
  })
  reasonCode: DismissalReason | null;

  @Field()
  changedAt: Date;
}

@ObjectType('CollectiveNeed', {
  description:
    'One of the collective needs a programme pools (security, waste collection…): a value of ' +
    'its synergy, with the categories it gathers',
})
export class CollectiveNeedModel {
  @Field(() => CollectiveNeedCode)
  code: string;

  @Field()
  labelFr: string;

  @Field()
  labelEn: string;

  @Field(() => [String], { description: 'The categories it gathers' })
  categoryCodes: string[];
}

@ObjectType('Synergy')
@Directive('@key(fields: "id")')
export class SynergyModel {
  @Field(() => ID)
  id: string;

  @Field(() => SynergyKind)
  kind: keyof typeof SynergyKind;

  @Field(() => SynergyStatusEnum)
  status: SynergyStatus;

  @Field({
    description: 'True when the last recompute no longer found it; it revives if its inputs return',
  })
  obsolete: boolean;

  @Field(() => Date, { nullable: true })
  obsoleteSince: Date | null;

  @Field(() => ID)
  territoryId: string;

  @Field(() => [ID], { description: 'The zones of its participants' })
  zoneIds: string[];

  @Field(() => Theme)
  theme: keyof typeof Theme;

  @Field({ description: 'The shared need’s category (COLLECTIVE) or the need’s category (B2B)' })
  categoryCode: string;

  @Field(() => String, { nullable: true, description: 'B2B: the resource’s category' })
  resourceCategoryCode: string | null;

  // score and distanceKm: resolved by SynergyResolver, coarser for a member not introduced.
  score: number;

  @Field(() => [SynergyParticipantModel], {
    description: 'COLLECTIVE: members then suppliers; B2B: the supplier then the consumer',
  })
  participants: SynergyParticipantModel[];

  // rationale and impact: resolved by SynergyResolver from the stored columns.

  distanceKm: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'COLLECTIVE: the members’ summed annual quantity, when they share a unit; B2B: tonnes a year exchanged',
  })
  combinedAnnualQuantity: number | null;

  @Field(() => String, { nullable: true })
  canonicalUnit: string | null;

  @Field()
  detectedAt: Date;

  @Field({ description: 'When a recompute last changed what it found' })
  computedAt: Date;

  @Field()
  statusChangedAt: Date;
}

@ObjectType('SynergyConnection')
export class SynergyConnection extends ConnectionType(SynergyModel, 'Synergy') {}

@ObjectType('ZoneSynergyStatusCount', {
  description: 'How many of a zone’s synergies are in a status',
})
export class SynergyStatusCountModel {
  @Field(() => SynergyStatusEnum)
  status: SynergyStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('DismissalReasonCount', {
  description: 'How many of a territory’s dismissed synergies were last dismissed for a reason',
})
export class DismissalReasonCountModel {
  @Field(() => DismissalReasonEnum, {
    nullable: true,
    description: 'Null for synergies dismissed before a reason was required',
  })
  reasonCode: DismissalReason | null;

  @Field(() => Int)
  count: number;
}
