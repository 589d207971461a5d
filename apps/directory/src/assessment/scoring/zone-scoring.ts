import {
  Dynamic,
  DYNAMICS,
  IndicatorDefinition,
  IndicatorKind,
  Normalisation,
  ScaleLevel,
} from '../grid/assessment-grid-definition';
import { computeRule, ZoneFacts } from './computed-rules';

/** How many indicators the strengths and the weaknesses each name, as the committee's slides did. */
export const HIGHLIGHTED_INDICATORS = 3;

export interface EnteredValue {
  level: number;
  justification: string;
}

/** An indicator of an assessment, as of that assessment. */
export interface IndicatorResult {
  key: string;
  dynamic: Dynamic;
  kind: IndicatorKind;
  labelFr: string;
  labelEn: string;
  weight: number;
  /** The computed value, or the level entered; null when the zone lacks the data. */
  rawValue: number | null;
  justification: string | null;
  /** 0–100; null with the raw value. */
  score: number | null;
}

export interface DynamicScore {
  dynamic: Dynamic;
  score: number;
}

export interface ZoneScores {
  indicators: IndicatorResult[];
  dynamicScores: DynamicScore[];
  overallScore: number;
  strengthKeys: string[];
  weaknessKeys: string[];
}

/** Scores are kept to one decimal: enough to rank zones, few enough to read on a slide. */
export const roundScore = (score: number) => Math.round(score * 10) / 10;

const clamp = (value: number) => Math.min(100, Math.max(0, value));

export function normalise(value: number, { min, max }: Normalisation): number {
  return clamp((100 * (value - min)) / (max - min));
}

/** The top level of a scale scores 100, level 0 scores 0. */
export function levelScore(level: number, scale: ScaleLevel[]): number {
  return (100 * level) / (scale.length - 1);
}

/** The first ENTERED indicator of the grid without a value, if any. */
export function missingEnteredIndicator(
  indicators: IndicatorDefinition[],
  entered: ReadonlyMap<string, EnteredValue>,
): IndicatorDefinition | undefined {
  return indicators.find(
    (indicator) => indicator.kind === 'ENTERED' && !entered.has(indicator.key),
  );
}

function scoreIndicator(
  indicator: IndicatorDefinition,
  facts: ZoneFacts,
  entered: ReadonlyMap<string, EnteredValue>,
): { rawValue: number | null; justification: string | null; score: number | null } {
  if (indicator.kind === 'ENTERED') {
    const value = entered.get(indicator.key);
    if (!value || !indicator.scale) return { rawValue: null, justification: null, score: null };
    const score = levelScore(value.level, indicator.scale);
    return { rawValue: value.level, justification: value.justification, score };
  }
  const rawValue = indicator.rule ? computeRule(indicator.rule, facts) : null;
  const score =
    rawValue === null || !indicator.normalisation
      ? null
      : normalise(rawValue, indicator.normalisation);
  return { rawValue, justification: null, score };
}

/**
 * The weighted mean of the scores of a dynamic's indicators. An indicator without a value (a
 * density without a perimeter, a share of no establishment) is left out rather than counted as
 * 0, so that missing data does not pass for a weakness; a dynamic with no value at all scores 0.
 */
function dynamicScore(results: { weight: number; score: number | null }[]): number {
  const scored = results.filter((result) => result.score !== null && result.weight > 0);
  const weights = scored.reduce((total, result) => total + result.weight, 0);
  if (weights === 0) return 0;
  return scored.reduce((total, result) => total + result.weight * (result.score ?? 0), 0) / weights;
}

/** Orders by score (1: best first, -1: worst first); ties go to the heavier indicator, then by key. */
function byScore(direction: 1 | -1) {
  return (a: IndicatorResult, b: IndicatorResult) =>
    direction * ((b.score ?? 0) - (a.score ?? 0)) ||
    b.weight - a.weight ||
    a.key.localeCompare(b.key);
}

/** The best indicators, then the worst of the others, so that none is both. */
function highlights(results: IndicatorResult[]): {
  strengthKeys: string[];
  weaknessKeys: string[];
} {
  const scored = results.filter((result) => result.score !== null);
  const strengths = [...scored].sort(byScore(1)).slice(0, HIGHLIGHTED_INDICATORS);
  const weaknesses = scored
    .filter((result) => !strengths.includes(result))
    .sort(byScore(-1))
    .slice(0, HIGHLIGHTED_INDICATORS);
  return {
    strengthKeys: strengths.map((result) => result.key),
    weaknessKeys: weaknesses.map((result) => result.key),
  };
}

/**
 * Scores a zone on a grid: each indicator 0–100, each dynamic the weighted mean of its
 * indicators, the overall score the plain mean of the four dynamics (LOT'EC weighed them alike).
 * Scores are rounded once computed; the means use the unrounded ones.
 */
export function scoreZone(
  indicators: IndicatorDefinition[],
  facts: ZoneFacts,
  entered: ReadonlyMap<string, EnteredValue>,
): ZoneScores {
  const exact: IndicatorResult[] = indicators.map((indicator) => ({
    key: indicator.key,
    dynamic: indicator.dynamic,
    kind: indicator.kind,
    labelFr: indicator.labelFr,
    labelEn: indicator.labelEn,
    weight: indicator.weight,
    ...scoreIndicator(indicator, facts, entered),
  }));
  const dynamicScores = DYNAMICS.map((dynamic) => ({
    dynamic,
    score: dynamicScore(exact.filter((result) => result.dynamic === dynamic)),
  }));
  const overall = dynamicScores.reduce((total, { score }) => total + score, 0) / DYNAMICS.length;
  return {
    indicators: exact.map((result) => ({
      ...result,
      score: result.score === null ? null : roundScore(result.score),
    })),
    dynamicScores: dynamicScores.map(({ dynamic, score }) => ({
      dynamic,
      score: roundScore(score),
    })),
    overallScore: roundScore(overall),
    ...highlights(exact),
  };
}
