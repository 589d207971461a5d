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
 *
 * Pair i joins the declarations in slots `resources[i]` and `needs[i]`, whose annual quantities
 * are `quantities[slot]`; a pair whose quantities do not compare has -1 as its resource and gets
 * NaN. Slots keep a region's hundreds of thousands of pairs in typed arrays.
 */
export function allocateQuantities(
  resources: Int32Array,
  needs: Int32Array,
  quantities: Float64Array,
): Float64Array {
  const demandOfResource = new Float64Array(quantities.length);
  const supplyOfNeed = new Float64Array(quantities.length);
  for (let i = 0; i < resources.length; i += 1) {
    if (resources[i] < 0) continue;
    demandOfResource[resources[i]] += quantities[needs[i]];
    supplyOfNeed[needs[i]] += quantities[resources[i]];
  }
  const allocated = new Float64Array(resources.length).fill(NaN);
  for (let i = 0; i < resources.length; i += 1) {
    const resource = resources[i];
    if (resource < 0) continue;
    const offered = quantities[resource];
    const wanted = quantities[needs[i]];
    const demand = demandOfResource[resource];
    const supply = supplyOfNeed[needs[i]];
    const resourceShare = demand <= offered ? wanted : (offered * wanted) / demand;
    const needShare = supply <= wanted ? offered : (wanted * offered) / supply;
    allocated[i] = Math.floor(Math.min(resourceShare, needShare) * 1e6) / 1e6;
  }
  return allocated;
}
