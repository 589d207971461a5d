import { COMPUTED_RULE_LABELS, DYNAMIC_LABELS, INDICATOR_KIND_LABELS } from '@symbiose/contracts';
import { registerLabelledEnum } from '@symbiose/platform';
import { COMPUTED_RULES, ComputedRule } from '../scoring/computed-rules';
import { Dynamic, DYNAMICS, INDICATOR_KINDS, IndicatorKind } from './assessment-grid-definition';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const DynamicEnum: { [K in Dynamic]: K } = enumOf(DYNAMICS);
export const IndicatorKindEnum: { [K in IndicatorKind]: K } = enumOf(INDICATOR_KINDS);
export const ComputedRuleEnum: { [K in ComputedRule]: K } = enumOf(COMPUTED_RULES);

registerLabelledEnum(
  DynamicEnum,
  { name: 'Dynamic', description: 'A dynamic of the EIT potential of a zone' },
  DYNAMIC_LABELS,
);
registerLabelledEnum(
  IndicatorKindEnum,
  {
    name: 'IndicatorKind',
    description: 'COMPUTED from the data, or ENTERED by the facilitator on a scale',
  },
  INDICATOR_KIND_LABELS,
);
registerLabelledEnum(
  ComputedRuleEnum,
  {
    name: 'ComputedRule',
    description: 'How a COMPUTED indicator is computed from the data of its zone',
  },
  COMPUTED_RULE_LABELS,
);
