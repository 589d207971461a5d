import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@symbiose/platform';
import { ZoneModel } from '../../core/zone/zone.model';
import { Dynamic, IndicatorKind } from '../grid/assessment-grid-definition';
import { DynamicEnum, IndicatorKindEnum } from '../grid/assessment-enums';

@ObjectType('IndicatorScore', {
  description: 'An indicator of an assessment, as of that assessment',
})
export class IndicatorScoreModel {
  @Field()
  key: string;

  @Field(() => DynamicEnum)
  dynamic: Dynamic;

  @Field(() => IndicatorKindEnum)
  kind: IndicatorKind;

  @Field()
  labelFr: string;

  @Field()
  labelEn: string;

  @Field(() => Float)
  weight: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The computed value or the level entered; null when the zone lacks the data',
  })
  rawValue: number | null;

  @Field(() => String, { nullable: true, description: "The facilitator's, for an ENTERED one" })
  justification: string | null;

  @Field(() => Float, { nullable: true, description: '0–100; null with the raw value' })
  score: number | null;
}

@ObjectType('DynamicScore')
export class DynamicScoreModel {
  @Field(() => DynamicEnum)
  dynamic: Dynamic;

  @Field(() => Float, { description: "0–100: the weighted mean of the dynamic's indicators" })
  score: number;
}

@ObjectType('ZoneAssessment', {
  description: "A zone's EIT potential on a grid, as of the day it was assessed; never changed",
})
export class ZoneAssessmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  zoneId: string;

  @Field(() => Int)
  gridVersion: number;

  @Field()
  assessedAt: Date;

  @Field(() => Float, { description: 'The mean of the four dynamic scores, 0–100' })
  overallScore: number;

  @Field(() => [DynamicScoreModel])
  dynamicScores: DynamicScoreModel[];

  @Field(() => [IndicatorScoreModel])
  indicators: IndicatorScoreModel[];
}

@ObjectType('ZoneAssessmentConnection')
export class ZoneAssessmentConnection extends ConnectionType(
  ZoneAssessmentModel,
  'ZoneAssessment',
) {}

@ObjectType('ZoneComparison', { description: "A zone's place among its territory's zones" })
export class ZoneComparisonModel {
  @Field(() => Int, { description: '1 for the best overall score' })
  rank: number;

  @Field(() => ZoneModel)
  zone: ZoneModel;

  @Field(() => ZoneAssessmentModel, { description: "The zone's latest assessment on the grid" })
  assessment: ZoneAssessmentModel;
}
