import type { ActivitySupplier } from './activity-supplier';
import { matchB2B } from './b2b-matcher';
import { matchCollective } from './collective-matcher';
import type { MatchableDeclaration } from './matchable-declaration';
import type { MatchingOptions } from './matching-options';
import type { B2BSynergy, CollectiveSynergy } from './synergy';

export * from './activity-supplier';
export * from './b2b-matcher';
export * from './pair-rules';
export * from './pair-rule-wording';
export * from './b2b-wording';
export * from './collective-matcher';
export * from './impact-estimate';
export * from './impact-factors';
export * from './matchable-declaration';
export * from './matching-options';
export * from './synergy';
export {
  B2B_WEIGHTS,
  DISTANCE_HALF_KM,
  ONE_OFF_FIT,
  type B2BWeights,
  type QuantityBasis,
} from './b2b-score';

export interface MatchResult {
  readonly collective: readonly CollectiveSynergy[];
  readonly b2b: readonly B2BSynergy[];
}

/**
 * Every synergy of a set of declarations, from scratch; the firms whose trade supplies a
 * collective need join its synergies as suppliers.
 */
export function matchDeclarations(
  declarations: readonly MatchableDeclaration[],
  options: MatchingOptions = {},
  activitySuppliers: readonly ActivitySupplier[] = [],
): MatchResult {
  return {
    collective: matchCollective(declarations, options, activitySuppliers),
    b2b: matchB2B(declarations, options),
  };
}
