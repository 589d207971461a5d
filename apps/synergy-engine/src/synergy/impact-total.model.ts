import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImpactTotal', {
  description:
    'The indicative impacts of live synergies (neither obsolete nor dismissed) added up: B2B synergies of weighed flows, each credited the tonnes allocated to it, and collective synergies, a pooled collection leaving out the tonnes B2B synergies take, so the sum counts a tonne once; the method is in docs/impact-method.md',
})
export class ImpactTotalModel {
  @Field(() => Int, { description: 'B2B synergies of weighed flows' })
  synergyCount: number;

  @Field(() => Float, { description: 'Tonnes the B2B synergies exchange' })
  tonnesPerYear: number;

  @Field(() => Float, {
    description:
      'Today’s trips to collectors the B2B synergies remove, and what pooled collections save on theirs',
  })
  avoidedCollectionKgCo2ePerYear: number;

  @Field(() => Float, { description: 'The synergies’ own trips' })
  transportKgCo2ePerYear: number;

  @Field(() => Float, { description: 'Treatment and virgin-material credits' })
  materialCreditKgCo2ePerYear: number;

  @Field(() => Float, { description: 'B2B synergies’ net avoided, and pooled collections’ saving' })
  netAvoidedKgCo2ePerYear: number;

  @Field(() => Int, { description: 'Organizations taking part in those synergies' })
  organizationCount: number;

  @Field(() => Int, {
    description: 'Collective synergies with an estimate: a pooled collection or service hours',
  })
  collectiveSynergyCount: number;

  @Field(() => Float, {
    description:
      'Tonnes pooled collections carry, less what B2B synergies take: never a tonne of tonnesPerYear',
  })
  pooledCollectionTonnesPerYear: number;

  @Field(() => Int, { description: 'The members’ own collections pooled rounds replace' })
  collectionTripsAvoidedPerYear: number;

  @Field(() => Float, { description: 'Pooled collections’ part of avoidedCollectionKgCo2ePerYear' })
  pooledCollectionAvoidedKgCo2ePerYear: number;

  @Field(() => Float, { description: 'Shared services’ hours a year (guarding, shared posts…)' })
  serviceHoursPerYear: number;

  @Field(() => Int, {
    description: 'B2B synergies of a declared resource with a euro figure their firms gave',
  })
  eurosSynergyCount: number;

  @Field(() => Float, { description: 'Euro cents a year, of the synergies that give it' })
  avoidedDisposalCents: number;

  @Field(() => Float, { description: 'Euro cents a year, of the synergies that give it' })
  avoidedPurchaseCents: number;

  @Field(() => Float, {
    description:
      'The part of avoidedPurchaseCents priced at a reference price, no firm having given its own',
  })
  avoidedPurchaseAtReferenceCents: number;

  @Field(() => Float, {
    description: 'Euro cents a year suppliers earn, of the synergies that give it',
  })
  supplierRevenueCents: number;

  @Field(() => Float, { description: 'Euro cents, of the synergies that give it' })
  investmentCents: number;

  @Field(() => Int, {
    description:
      'Collective synergies whose members stated what they spend on what they would pool',
  })
  collectiveSpendSynergyCount: number;

  @Field(() => Float, {
    description:
      'Euro cents a year pooled collections’ members spend today on disposing of the pooled waste: spend concerned, not a saving, never added to the B2B figures',
  })
  pooledDisposalSpendCents: number;

  @Field(() => Float, {
    description:
      'Euro cents a year other collective synergies’ members spend today on what they would pool: spend concerned, not a saving',
  })
  pooledPurchaseSpendCents: number;
}
