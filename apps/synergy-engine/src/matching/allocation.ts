import type { MatchableDeclaration } from './matchable-declaration';

/** One kept B2B pair whose two annual quantities compare (same canonical unit). */
export interface QuantifiedPair {
  readonly resource: MatchableDeclaration;
  readonly need: MatchableDeclaration;
}

const DECIMALS = 1e6;

/**
 * Shares limited resources out among the kept pairs, so that no resource is promised beyond its
 * annual quantity and no need is served beyond its own. Each pair gets the smaller of two
 * proportional shares:
 * - of its resource: the need's quantity when the resource covers all its candidate needs,
 *   else the resource's quantity × need / Σ needs;
 * - of its need: the resource's quantity when the need's candidate resources do not exceed it,
 *   else the need's quantity × resource / Σ resources (several suppliers cover one need jointly).
 * Both sums therefore hold; every pair keeps a share, so a facilitator sees each option with what
 * it can really bring. Rounded down, so rounding never exceeds a limit.
 */
export function allocateQuantities(pairs: readonly QuantifiedPair[]): number[] {
  const demandOfResource = new Map<MatchableDeclaration, number>();
  const supplyOfNeed = new Map<MatchableDeclaration, number>();
  for (const { resource, need } of pairs) {
    const offered = resource.annualQuantity as number;
    const wanted = need.annualQuantity as number;
    demandOfResource.set(resource, (demandOfResource.get(resource) ?? 0) + wanted);
    supplyOfNeed.set(need, (supplyOfNeed.get(need) ?? 0) + offered);
  }
  return pairs.map(({ resource, need }) => {
    const offered = resource.annualQuantity as number;
    const wanted = need.annualQuantity as number;
    const demand = demandOfResource.get(resource) as number;
    const supply = supplyOfNeed.get(need) as number;
    const resourceShare = demand <= offered ? wanted : (offered * wanted) / demand;
    const needShare = supply <= wanted ? offered : (wanted * offered) / supply;
    return Math.floor(Math.min(resourceShare, needShare) * DECIMALS) / DECIMALS;
  });
}
