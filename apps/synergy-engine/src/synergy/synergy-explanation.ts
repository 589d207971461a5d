import { SCORE_TERM_LABELS } from '@symbiose/contracts';
import { wordRuleFinding, type RuleFinding } from '../matching';
import { PairRule, RuleVerdictEnum, type ProposedVerdict, type ScoreTerm } from './synergy-enums';
import type {
  ExplanationFactModel,
  RuleFindingExplanationModel,
  ScoreTermExplanationModel,
  SynergyExplanationModel,
} from './synergy-explanation.model';

type Entries = Readonly<Record<string, unknown>>;

/** Each term of the matching's scores by its key in a rationale (b2b-score, collective-matcher). */
const TERM_OF_KEY: Readonly<Record<string, ScoreTerm>> = {
  compatibility: 'COMPATIBILITY',
  quantityCoverage: 'QUANTITY_COVERAGE',
  distanceDecay: 'DISTANCE_DECAY',
  frequencyFit: 'FREQUENCY_FIT',
  members: 'MEMBERS',
  supplyCoverage: 'SUPPLY_COVERAGE',
};

/** What a rationale says in words or in its own lists, not as one of its facts. */
const NOT_FACTS: ReadonlySet<string> = new Set([
  'summaryFr',
  'summaryEn',
  'categoryFr',
  'categoryEn',
  'terms',
  'rules',
]);
const TERM_FIGURES: ReadonlySet<string> = new Set(['value', 'weight']);
const NO_WORDS: ReadonlySet<string> = new Set();

function isEntries(value: unknown): value is Entries {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function numberOf(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/** A fact of a scalar value; an unknown (null) fact or any other value is no fact. */
function factOf(name: string, value: unknown): ExplanationFactModel | null {
  const fact = { name, textValue: null, numberValue: null, booleanValue: null };
  if (typeof value === 'string') return { ...fact, textValue: value };
  if (typeof value === 'number') return { ...fact, numberValue: value };
  if (typeof value === 'boolean') return { ...fact, booleanValue: value };
  return null;
}

/** Each scalar entry as a fact, and each item of a list as a fact of the list's name. */
function factsOf(entries: Entries, skipped: ReadonlySet<string>): ExplanationFactModel[] {
  return Object.entries(entries)
    .filter(([name]) => !skipped.has(name))
    .flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).map((v) => factOf(name, v)),
    )
    .filter((fact): fact is ExplanationFactModel => fact !== null);
}

function termsOf(terms: unknown): ScoreTermExplanationModel[] {
  if (!isEntries(terms)) return [];
  return Object.entries(terms).flatMap(([key, term]) => {
    const name = TERM_OF_KEY[key];
    if (!name || !isEntries(term)) return [];
    return [
      {
        name,
        value: numberOf(term.value),
        weight: numberOf(term.weight) ?? 0,
        ...SCORE_TERM_LABELS[name],
        facts: factsOf(term, TERM_FIGURES),
      },
    ];
  });
}

/** A finding of a rule and a verdict the API names (a FAILED one never reaches a synergy). */
function isFinding(value: unknown): value is RuleFinding & { verdict: ProposedVerdict } {
  return (
    isEntries(value) &&
    typeof value.rule === 'string' &&
    Object.hasOwn(PairRule, value.rule) &&
    typeof value.verdict === 'string' &&
    Object.hasOwn(RuleVerdictEnum, value.verdict) &&
    isEntries(value.values)
  );
}

/** Each rule's finding with its words: those the rationale gives, else worded here. */
function rulesOf(rules: unknown): RuleFindingExplanationModel[] {
  if (!Array.isArray(rules)) return [];
  return rules.filter(isFinding).map((finding) => {
    const given = finding as RuleFinding & Entries;
    const words = wordRuleFinding(finding);
    return {
      rule: finding.rule,
      verdict: finding.verdict,
      textFr: textOf(given.textFr) ?? words.fr,
      textEn: textOf(given.textEn) ?? words.en,
      facts: factsOf(finding.values, NO_WORDS),
    };
  });
}

/**
 * A synergy's rationale, as the API presents it (its kind's terms, rules and words, rounded for
 * whoever may not see the other side), told as a typed explanation.
 */
export function explanationOf(rationale: Entries): SynergyExplanationModel {
  const rules = rulesOf(rationale.rules);
  return {
    summaryFr: textOf(rationale.summaryFr) ?? '',
    summaryEn: textOf(rationale.summaryEn) ?? '',
    categoryFitFr: textOf(rationale.categoryFr),
    categoryFitEn: textOf(rationale.categoryEn),
    terms: termsOf(rationale.terms),
    rules,
    steps: rules.filter(({ verdict }) => verdict === 'STEP_REQUIRED'),
    facts: factsOf(rationale, NOT_FACTS),
  };
}
