import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PooledWasteStream', {
  description:
    'One waste category of a pooled collection: its members’ own collections replaced by one round',
})
export class PooledWasteStreamModel {
  @Field()
  categoryCode: string;

  @Field(() => Int, { description: 'The members’ declarations of this waste' })
  wasteCount: number;

  @Field(() => Float)
  tonnesPerYear: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Each member’s own collections a year at its declared rhythm; null unless every member declared one',
  })
  collectionsPerYearToday: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The round’s trips a year: the most frequent member’s rhythm',
  })
  roundTripsPerYear: number | null;

  @Field(() => Int, { nullable: true })
  collectionTripsAvoidedPerYear: number | null;

  @Field({
    description:
      'The larger of the vehicle the round’s load per trip needs and the one any member’s load needs',
  })
  roundVehicleClass: string;

  @Field(() => Float, {
    description:
      'The round’s road km to the collector: the members’ distances (declared, else 20 km) weighed by their tonnes, rounded',
  })
  collectorRoadKm: number;

  @Field(() => Float, {
    description:
      'Each member’s tonnes to its own collector (its declared distance, else 20 km) in its own vehicle',
  })
  collectionKgCo2ePerYearToday: number;

  @Field(() => Float, {
    description: 'The same tonne-km in the round’s vehicle: no nearer collector is credited',
  })
  roundKgCo2ePerYear: number;

  @Field(() => Float)
  avoidedCollectionKgCo2ePerYear: number;
}

@ObjectType('PooledCollection', {
  description:
    'What a pooled waste collection would change in a year, each stream pooled apart; see docs/impact-method.md',
})
export class PooledCollectionModel {
  @Field(() => Float, {
    description:
      'The members’ declared waste, each member’s counted once, less what live B2B synergies take of it',
  })
  tonnesPerYear: number;

  @Field(() => Float, {
    description:
      'Road km to the collector: every member’s distance (declared, else 20 km) weighed by its tonnes',
  })
  collectorRoadKm: number;

  @Field(() => Int, { description: 'Over the streams whose every member declared a rhythm' })
  collectionTripsAvoidedPerYear: number;

  @Field(() => Float)
  avoidedCollectionKgCo2ePerYear: number;

  @Field(() => [PooledWasteStreamModel], { description: 'By category code' })
  streams: PooledWasteStreamModel[];
}

@ObjectType('CollectiveSynergyEuros', {
  description:
    'What the members of a collective synergy spend today on what they would pool, from their own answers: the spend pooling would act on, never a saving (no saving rate is kept as sourced data); see docs/impact-method.md',
})
export class CollectiveSynergyEurosModel {
  @Field({
    description:
      'DISPOSAL: a pooled collection’s streams, at each member’s disposal cost; PURCHASE: what the members’ needs buy, at their purchase price',
  })
  spend: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Euro cents a year: Σ quantity × unit price over the member declarations that give both (a pooled waste: its tonnes less what B2B synergies take); null when none does',
  })
  spendConcernedCents: number | null;

  @Field(() => Int, { description: 'Member declarations that give both a quantity and a price' })
  pricedDeclarationCount: number;

  @Field(() => [ID], {
    description: 'The member declarations without a quantity or a price: to confirm with them',
  })
  declarationsToConfirm: string[];

  @Field({ description: 'The figure and what it leaves out, in French' })
  summaryFr: string;

  @Field({ description: 'The figure and what it leaves out, in English' })
  summaryEn: string;
}

@ObjectType('CollectiveSynergyImpact', {
  description:
    'Indicative estimate of a year of a collective synergy, from its members’ declared facts only; the method is in docs/impact-method.md',
})
export class CollectiveSynergyImpactModel {
  @Field()
  indicative: boolean;

  @Field(() => Int)
  memberCount: number;

  @Field(() => PooledCollectionModel, {
    nullable: true,
    description:
      'A pooled waste collection’s (WASTE_COLLECTION_REUSE); null for another pool or when no member weighed its waste',
  })
  pooledCollection: PooledCollectionModel | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'A shared service’s hours a year (guarding, a shared post…): the members’ declared hours',
  })
  serviceHoursPerYear: number | null;

  @Field({ description: 'Whether every member’s need carries a quantity in the pool’s unit' })
  quantityComplete: boolean;

  @Field(() => CollectiveSynergyEurosModel, {
    nullable: true,
    description:
      'What the members spend today on what they would pool; null for a company member (the figures are the other members’ costs)',
  })
  euros: CollectiveSynergyEurosModel | null;

  @Field(() => [String], {
    description:
      'What is not estimated, for want of a declared fact or a sourced figure: QUANTITY, EMISSIONS, HOURS_SAVED, EUROS (no member stated its spend), SAVINGS (always: no sourced saving rate)',
  })
  notEstimated: string[];
}
