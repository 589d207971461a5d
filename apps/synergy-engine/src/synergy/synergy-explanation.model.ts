import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { PairRuleCode } from '../matching';
import { PairRule, RuleVerdictEnum, ScoreTerm, type ProposedVerdict } from './synergy-enums';

@ObjectType('ExplanationFact', {
  description:
    'A fact an explanation rests on, by name (`distanceKm`, `strength`, `nafCode`…): exactly one of its values is set, by the fact’s type',
})
export class ExplanationFactModel {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  textValue: string | null;

  @Field(() => Float, { nullable: true })
  numberValue: number | null;

  @Field(() => Boolean, { nullable: true })
  booleanValue: boolean | null;
}

@ObjectType('ScoreTermExplanation', {
  description: 'One term of a synergy’s score: the score is the weighted mean of the known terms',
})
export class ScoreTermExplanationModel {
  @Field(() => ScoreTerm)
  name: ScoreTerm;

  @Field(() => Float, {
    nullable: true,
    description: '0 to 1; null when unknown (then left out of the score)',
  })
  value: number | null;

  @Field(() => Float)
  weight: number;

  @Field()
  labelFr: string;

  @Field()
  labelEn: string;

  @Field(() => [ExplanationFactModel], { description: 'What the term was worked out from' })
  facts: ExplanationFactModel[];
}

@ObjectType('RuleFindingExplanation', {
  description: 'A rule a B2B pair was checked against, its verdict and what it rests on',
})
export class RuleFindingExplanationModel {
  @Field(() => PairRule)
  rule: PairRuleCode;

  @Field(() => RuleVerdictEnum)
  verdict: ProposedVerdict;

  @Field()
  textFr: string;

  @Field()
  textEn: string;

  @Field(() => [ExplanationFactModel], { description: 'The values the rule compared' })
  facts: ExplanationFactModel[];
}

@ObjectType('SynergyExplanation', {
  description:
    'Why the engine proposes a synergy: its score’s terms, the rules and facts it rests on, the steps it needs, in French and English',
})
export class SynergyExplanationModel {
  @Field()
  summaryFr: string;

  @Field()
  summaryEn: string;

  @Field(() => String, {
    nullable: true,
    description: 'B2B of a declared resource: why the two categories fit',
  })
  categoryFitFr: string | null;

  @Field(() => String, { nullable: true })
  categoryFitEn: string | null;

  @Field(() => [ScoreTermExplanationModel])
  terms: ScoreTermExplanationModel[];

  @Field(() => [RuleFindingExplanationModel], {
    description: 'B2B: every rule that had something to say, regulation first; empty otherwise',
  })
  rules: RuleFindingExplanationModel[];

  @Field(() => [RuleFindingExplanationModel], {
    description:
      'The rules whose verdict is STEP_REQUIRED: the authorisations or end-of-waste status the exchange needs',
  })
  steps: RuleFindingExplanationModel[];

  @Field(() => [ExplanationFactModel], {
    description:
      'The synergy’s own facts: supply and nafCode of a supply by trade; collectiveNeedCode, suppliersByTrade and categoryCodes (a fact a category) of a collective synergy',
  })
  facts: ExplanationFactModel[];
}
