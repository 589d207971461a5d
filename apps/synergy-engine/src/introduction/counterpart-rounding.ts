import { wordTradeSupply, type FindingValue, type RuleFinding } from '../matching';
import type { StoredB2BRationale } from '../synergy/stored-b2b-rationale';
import type { Synergy } from '../synergy/synergy.entity';

/** Whole kilometres, at least one: a finer distance would point at the firm. */
export function wholeKm(km: number): number {
  return Math.max(1, Math.round(km));
}

/** Two decimals: what a score or a term shows without giving the distance back. */
const coarse = (value: number) => Math.round(value * 100) / 100;

/** Each figure a rule compared that would tell the distance, coarsened like the distance. */
const COARSENED_VALUES: Readonly<Partial<Record<string, (value: number) => number>>> = {
  distanceKm: wholeKm,
  densityMWhPerM: (value) => Math.round(value * 10) / 10,
};

function coarsenFinding(finding: RuleFinding): RuleFinding {
  const values: Record<string, FindingValue> = {};
  for (const [name, value] of Object.entries(finding.values)) {
    const coarsen = COARSENED_VALUES[name];
    values[name] = coarsen && typeof value === 'number' ? coarsen(value) : value;
  }
  return { ...finding, values };
}

function coarsenedDeclaredRationale(stored: StoredB2BRationale): StoredB2BRationale {
  const [decay, weight] = stored.distanceDecay;
  return {
    ...stored,
    distanceDecay: [coarse(decay), weight],
    rules: stored.rules.map(coarsenFinding),
  };
}

type RoundedSynergy = Pick<Synergy, 'kind' | 'categoryCode' | 'distanceKm' | 'score' | 'rationale'>;

/** A supply by trade's rationale as stored: its terms and words carry the distance. */
interface TradeRationale {
  readonly nafCode: string;
  readonly terms: { readonly distanceDecay: { value: number; weight: number } };
  readonly rules: readonly RuleFinding[];
}

function coarsenedTradeRationale(
  rationale: TradeRationale & Record<string, unknown>,
  needCategoryCode: string,
  distanceKm: number,
): Record<string, unknown> {
  const { value, weight } = rationale.terms.distanceDecay;
  return {
    ...rationale,
    terms: { distanceDecay: { value: coarse(value), weight, distanceKm } },
    rules: rationale.rules.map(coarsenFinding),
    ...wordTradeSupply({ nafCode: rationale.nafCode, needCategoryCode, distanceKm }),
  };
}

/**
 * A B2B synergy as a company member sees it before both sides are introduced: the distance in
 * whole kilometres, and every figure that would give it back (the distance term, the score, a
 * rule's compared distance or heat density) coarsened alike, so that the rationale's words and
 * the impact, drawn from them, tell no more. The stored row is left as it is.
 */
export function withCounterpartRounded<T extends RoundedSynergy>(synergy: T): T {
  if (synergy.kind !== 'B2B' || synergy.distanceKm === null) return synergy;
  const distanceKm = wholeKm(synergy.distanceKm);
  const rationale =
    synergy.rationale.supply === 'TRADE'
      ? coarsenedTradeRationale(
          synergy.rationale as TradeRationale & Record<string, unknown>,
          synergy.categoryCode,
          distanceKm,
        )
      : coarsenedDeclaredRationale(synergy.rationale as StoredB2BRationale);
  return {
    ...synergy,
    distanceKm,
    score: coarse(synergy.score),
    rationale: rationale as Record<string, unknown>,
  };
}
