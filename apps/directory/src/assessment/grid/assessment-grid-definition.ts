import { COMPUTED_RULES, ComputedRule } from '../scoring/computed-rules';

/** The four dynamics LOT'EC scored its zones on. */
export const DYNAMICS = [
  'TERRITORIAL',
  'ECONOMIC',
  'ENVIRONMENTAL',
  'SOCIAL_ORGANISATIONAL',
] as const;
export type Dynamic = (typeof DYNAMICS)[number];

export const INDICATOR_KINDS = ['COMPUTED', 'ENTERED'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/**
 * Maps a computed value to a score: `min` scores 0, `max` scores 100, linearly in between and
 * clamped outside. A `max` below `min` means that less is better.
 */
export interface Normalisation {
  min: number;
  max: number;
}

/** One level of an entered indicator's scale; levels run 0, 1 … n and level n scores 100. */
export interface ScaleLevel {
  level: number;
  labelFr: string;
  labelEn: string;
}

export interface IndicatorDefinition {
  /** Stable across versions of the grid when the indicator means the same. */
  key: string;
  dynamic: Dynamic;
  labelFr: string;
  labelEn: string;
  kind: IndicatorKind;
  /** Share of the indicator in its dynamic's weighted mean. */
  weight: number;
  /** COMPUTED only. */
  rule?: ComputedRule;
  /** COMPUTED only. */
  normalisation?: Normalisation;
  /** ENTERED only. */
  scale?: ScaleLevel[];
}

export interface GridProblem {
  field: string;
  reason: string;
}

function scaleProblem(scale: ScaleLevel[] | undefined, field: string): GridProblem | null {
  if (!scale || scale.length < 2) {
    return { field, reason: 'an ENTERED indicator needs a scale of at least two levels' };
  }
  const contiguous = scale.every(({ level }, index) => level === index);
  return contiguous ? null : { field, reason: 'levels must run 0, 1, 2 … in order' };
}

function indicatorProblem(indicator: IndicatorDefinition, field: string): GridProblem | null {
  if (!(indicator.weight >= 0)) return { field: `${field}.weight`, reason: 'must be zero or more' };
  if (indicator.kind === 'ENTERED') {
    if (indicator.rule || indicator.normalisation) {
      return {
        field: `${field}.rule`,
        reason: 'an ENTERED indicator has no rule nor normalisation',
      };
    }
    return scaleProblem(indicator.scale, `${field}.scale`);
  }
  if (!indicator.rule || !COMPUTED_RULES.includes(indicator.rule)) {
    return { field: `${field}.rule`, reason: `must be one of ${COMPUTED_RULES.join(', ')}` };
  }
  if (indicator.scale)
    return { field: `${field}.scale`, reason: 'a COMPUTED indicator has no scale' };
  const { min, max } = indicator.normalisation ?? { min: 0, max: 0 };
  if (!Number.isFinite(min) || !Number.isFinite(max) || min === max) {
    return {
      field: `${field}.normalisation`,
      reason: 'a COMPUTED indicator needs a normalisation with min and max apart',
    };
  }
  return null;
}

/** Why a grid cannot be published, with the path of the offending part, or null when it can. */
export function gridProblem(indicators: IndicatorDefinition[]): GridProblem | null {
  const keys = new Set<string>();
  for (const [index, indicator] of indicators.entries()) {
    const field = `indicators.${index}`;
    if (keys.has(indicator.key))
      return { field: `${field}.key`, reason: `${indicator.key} is used twice` };
    keys.add(indicator.key);
    const problem = indicatorProblem(indicator, field);
    if (problem) return problem;
  }
  for (const dynamic of DYNAMICS) {
    const own = indicators.filter((indicator) => indicator.dynamic === dynamic);
    if (own.length === 0) {
      return { field: 'indicators', reason: `the dynamic ${dynamic} has no indicator` };
    }
    if (own.every((indicator) => indicator.weight === 0)) {
      return { field: 'indicators', reason: `the weights of the dynamic ${dynamic} are all zero` };
    }
  }
  return null;
}
