import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@symbiose/platform';

@ObjectType('MatchingWeights', {
  description: 'Weights of the B2B score’s terms, each 0 or more, summing to 1',
})
export class MatchingWeightsModel {
  @Field(() => Float)
  compatibility: number;

  @Field(() => Float)
  quantityCoverage: number;

  @Field(() => Float)
  distanceDecay: number;

  @Field(() => Float)
  frequencyFit: number;
}

@ObjectType('MatchingSettingsVersion', {
  description: 'One version of a territory’s matching settings',
})
export class MatchingSettingsVersionModel {
  @Field(() => ID)
  territoryId: string;

  @Field(() => Int, { description: '1 for the defaults; each change adds one' })
  version: number;

  @Field({ description: 'True for the defaults, which no one has changed' })
  isDefault: boolean;

  @Field(() => Float, { description: 'B2B pairs scoring below it are not proposed; 0 to below 1' })
  minScore: number;

  @Field(() => Float, { description: 'Great-circle reach of a B2B pair, in km' })
  maxDistanceKm: number;

  @Field(() => Int, { description: 'Candidates kept per declaration' })
  topK: number;

  @Field(() => MatchingWeightsModel)
  weights: MatchingWeightsModel;

  @Field(() => String, { nullable: true, description: 'The token subject behind the change' })
  changedBy: string | null;

  @Field(() => Date, { nullable: true })
  changedAt: Date | null;
}

@ObjectType('MatchingSettings', {
  description:
    'A territory’s matching settings as the next recompute uses them, with the versions before',
})
export class MatchingSettingsModel extends MatchingSettingsVersionModel {}

@ObjectType('MatchingSettingsVersionConnection')
export class MatchingSettingsVersionConnection extends ConnectionType(
  MatchingSettingsVersionModel,
  'MatchingSettingsVersion',
) {}
