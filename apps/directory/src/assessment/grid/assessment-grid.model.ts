import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ComputedRule } from '../scoring/computed-rules';
import { Dynamic, IndicatorKind } from './assessment-grid-definition';
import { ComputedRuleEnum, DynamicEnum, IndicatorKindEnum } from './assessment-enums';

@ObjectType('Normalisation', {
  description: 'min scores 0, max scores 100, linearly in between and clamped outside',
})
export class NormalisationModel {
  @Field(() => Float)
  min: number;

  @Field(() => Float)
  max: number;
}

@ObjectType('ScaleLevel')
export class ScaleLevelModel {
  @Field(() => Int)
  level: number;

  @Field()
  labelFr: string;

  @Field()
  labelEn: string;
}

@ObjectType('AssessmentIndicator')
export class AssessmentIndicatorModel {
  @Field()
  key: string;

  @Field(() => DynamicEnum)
  dynamic: Dynamic;

  @Field()
  labelFr: string;

  @Field()
  labelEn: string;

  @Field(() => IndicatorKindEnum)
  kind: IndicatorKind;

  @Field(() => Float, { description: "Share of the indicator in its dynamic's weighted mean" })
  weight: number;

  @Field(() => ComputedRuleEnum, { nullable: true })
  rule?: ComputedRule;

  @Field(() => NormalisationModel, { nullable: true })
  normalisation?: NormalisationModel;

  @Field(() => [ScaleLevelModel], {
    nullable: true,
    description: 'Levels 0 to n of an ENTERED indicator; level n scores 100',
  })
  scale?: ScaleLevelModel[];
}

@ObjectType('AssessmentGrid', {
  description: 'A version of the territorial assessment grid; never changed once published',
})
export class AssessmentGridModel {
  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field(() => [AssessmentIndicatorModel])
  indicators: AssessmentIndicatorModel[];

  @Field()
  createdAt: Date;
}
