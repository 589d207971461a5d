import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { IsId, predicateValidator } from '@symbiose/platform';

/** A reach past which no business zone's exchange makes sense: a department's width. */
export const MAX_REACH_KM = 200;

/** Candidates per declaration a facilitator can still read through. */
export const MAX_TOP_K = 20;

const IsScoreThreshold = predicateValidator(
  'isScoreThreshold',
  (value) => typeof value === 'number' && value >= 0 && value < 1,
  'must be at least 0 and below 1',
);

const IsReach = predicateValidator(
  'isReach',
  (value) => typeof value === 'number' && value > 0 && value <= MAX_REACH_KM,
  `must be above 0 and at most ${MAX_REACH_KM} km`,
);

@InputType()
export class MatchingWeightsInput {
  @Field(() => Float)
  @IsNumber()
  @Min(0, { message: 'must be 0 or more' })
  compatibility: number;

  @Field(() => Float)
  @IsNumber()
  @Min(0, { message: 'must be 0 or more' })
  quantityCoverage: number;

  @Field(() => Float)
  @IsNumber()
  @Min(0, { message: 'must be 0 or more' })
  distanceDecay: number;

  @Field(() => Float)
  @IsNumber()
  @Min(0, { message: 'must be 0 or more' })
  frequencyFit: number;
}

/** A change of a territory's settings: what is absent (or null) keeps its current value. */
@InputType()
export class UpdateMatchingSettingsInput {
  @Field(() => ID)
  @IsId()
  territoryId: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsScoreThreshold()
  minScore?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsReach()
  maxDistanceKm?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be 1 or more' })
  @Max(MAX_TOP_K, { message: `must be at most ${MAX_TOP_K}` })
  topK?: number | null;

  @Field(() => MatchingWeightsInput, {
    nullable: true,
    description: 'All four together, summing to 1 (±0.001)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchingWeightsInput)
  weights?: MatchingWeightsInput | null;
}
