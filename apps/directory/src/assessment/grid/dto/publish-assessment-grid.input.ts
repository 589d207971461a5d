import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim } from '@symbiose/platform';
import { COMPUTED_RULES, ComputedRule } from '../../scoring/computed-rules';
import { Dynamic, IndicatorKind } from '../assessment-grid-definition';
import { DynamicEnum, IndicatorKindEnum } from '../assessment-enums';

const NOT_EMPTY = { message: 'must not be empty' };

@InputType()
export class NormalisationInput {
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  min: number;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  max: number;
}

@InputType()
export class ScaleLevelInput {
  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'must be zero or more' })
  level: number;

  @Field()
  @Trim()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  labelFr: string;

  @Field()
  @Trim()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(100)
  labelEn: string;
}

@InputType()
export class AssessmentIndicatorInput {
  @Field()
  @Matches(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, {
    message:
      'must be lowercase words joined by dots or underscores, e.g. social.collective_practices',
  })
  key: string;

  @Field(() => DynamicEnum)
  @IsEnum(DynamicEnum)
  dynamic: Dynamic;

  @Field()
  @Trim()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(300)
  labelFr: string;

  @Field()
  @Trim()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(300)
  labelEn: string;

  @Field(() => IndicatorKindEnum)
  @IsEnum(IndicatorKindEnum)
  kind: IndicatorKind;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'must be zero or more' })
  weight: number;

  /** A string rather than the enum, so that an unknown rule is a BAD_USER_INPUT naming it. */
  @Field(() => String, { nullable: true, description: 'COMPUTED only: one of ComputedRule' })
  @IsOptional()
  @IsIn(COMPUTED_RULES, { message: `must be one of ${COMPUTED_RULES.join(', ')}` })
  rule?: ComputedRule | null;

  @Field(() => NormalisationInput, { nullable: true, description: 'COMPUTED only' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NormalisationInput)
  normalisation?: NormalisationInput | null;

  @Field(() => [ScaleLevelInput], { nullable: true, description: 'ENTERED only: levels 0 to n' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ScaleLevelInput)
  scale?: ScaleLevelInput[] | null;
}

@InputType()
export class PublishAssessmentGridInput {
  @Field()
  @Trim()
  @IsNotEmpty(NOT_EMPTY)
  @MaxLength(200)
  title: string;

  @Field(() => [AssessmentIndicatorInput])
  @ValidateNested({ each: true })
  @Type(() => AssessmentIndicatorInput)
  indicators: AssessmentIndicatorInput[];
}
