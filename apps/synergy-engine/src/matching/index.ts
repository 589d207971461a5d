import type { ActivitySupplier } from './activity-supplier';
import { matchB2BWithTopLists } from './b2b-matcher';
import type { StoredTopList } from './b2b-stored-top-lists';
import { matchCollective } from './collective-matcher';
import type { MatchableDeclaration } from './matchable-declaration';
import type { MatchingOptions } from './matching-options';
import { matchTradeSupply } from './trade-supply-matcher';
import type { B2BSynergy, CollectiveSynergy, TradeSupplySynergy } from './synergy';

export * from './activity-supplier';
export * from './b2b-matcher';
export * from './b2b-rematch';
export * from './b2b-stored-top-lists';
export * from './pair-rules';
export * from './pair-rule-wording';
export * from './b2b-wording';
export * from './collective-impact';
export * from './collective-matcher';
export * from './impact-estimate';
export * from './impact-factors';
export * from './matchable-declaration';
export * from './matching-options';
export * from './synergy';
export * from './synergy-euros';
export * from './reference-price-data';
export * from './synergy-slices';
export * from './trade-supply-matcher';
export * from './trade-supply-wording';
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
  /** B2B synergies whose supplier supplies by trade, with no declared resource. */
  readonly tradeSupply: readonly TradeSupplySynergy[];
  /** Every declaration's B2B top list, which a later `rematchB2B` starts from. */
  readonly b2bTopLists: readonly StoredTopList[];
}

/**
 * Every synergy of a set of declarations, from scratch; the firms whose trade supplies a need
 * join its collective synergy as suppliers, or meet it alone when it is pooled in none.
 */
export function matchDeclarations(
  declarations: readonly MatchableDeclaration[],
  options: MatchingOptions = {},
  activitySuppliers: readonly ActivitySupplier[] = [],
): MatchResult {
  const collective = matchCollective(declarations, options, activitySuppliers);
  const { synergies: b2b, topLists } = matchB2BWithTopLists(declarations, options);
  return {
    collective,
    b2b,
    tradeSupply: matchTradeSupply(declarations, activitySuppliers, { collective, b2b }, options),
    b2bTopLists: topLists,
  };
}
