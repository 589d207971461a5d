import {
  ACTIVITY_SUPPLIES,
  activitySupplyOf,
  ALL_CATEGORIES,
  COLLECTIVE_NEED_CATEGORIES,
  COMPATIBILITIES,
  compatibleResourceCategories,
  findCategory,
  type DeclarationKind,
} from '@symbiose/taxonomy';
import { MEMBERS_WASTE_GROUP } from './collective-impact';
import { isPoolable, poolCodeOf } from './collective-matcher';

/**
 * The parts of a territory's synergies that can be matched apart from the rest, each exactly as
 * a match of the whole territory finds it, so that a change re-matches only the parts it
 * touches:
 * - a B2B cluster: the declared B2B pairs between the categories the compatibility table links
 *   (a pair joins two compatible categories, so the top lists, kept pairs and allocation of a
 *   cluster's declarations only read declarations of the cluster); named with a declaration,
 *   the pairs that declaration's change moves in it (`rematchB2B`);
 * - a collective unit: the collective synergy of one pool in one zone (its members are the
 *   zone's needs of the pool; its suppliers, resources of compatible categories in the zone or
 *   outside every zone, and the territory's trades; a pooled waste collection also reads its
 *   members' waste);
 * - a trade category: supply by trade to the territory's needs of one category (reading which
 *   of them are pooled and which firms a declared resource already proposes).
 */
export type SynergySlice =
  | { readonly kind: 'B2B'; readonly cluster: string; readonly declarationId?: string }
  | { readonly kind: 'COLLECTIVE'; readonly zoneId: string; readonly poolCode: string }
  | { readonly kind: 'TRADE'; readonly categoryCode: string };

/** Where a matchable declaration sits, as far as the slices it belongs to go. */
export interface DeclarationPlace {
  readonly declarationId?: string;
  readonly kind: DeclarationKind;
  readonly categoryCode: string;
  /** Null for an organization outside every zone. */
  readonly zoneId: string | null;
}

/** The categories of each B2B cluster, by cluster (its first category code). */
function b2bClusters(): Map<string, string[]> {
  const parent = new Map<string, string>(ALL_CATEGORIES.map(({ code }) => [code, code]));
  const root = (code: string): string => {
    let current = code;
    while (parent.get(current) !== current) current = parent.get(current) as string;
    return current;
  };
  for (const { resourceCode, needCode } of COMPATIBILITIES) {
    parent.set(root(resourceCode), root(needCode));
  }
  const members = new Map<string, string[]>();
  for (const { code } of ALL_CATEGORIES) {
    members.set(root(code), [...(members.get(root(code)) ?? []), code]);
  }
  return new Map(
    [...members.values()].map((codes) => {
      const sorted = [...codes].sort();
      return [sorted[0], sorted];
    }),
  );
}

/** The categories some trade supplies. */
const TRADE_SUPPLIED: ReadonlySet<string> = new Set(
  ACTIVITY_SUPPLIES.flatMap((supply) => supply.categoryCodes),
);

/** The pool of the collective need whose synergy is sized by its members' waste. */
const MEMBERS_WASTE_POOL = COLLECTIVE_NEED_CATEGORIES.find(
  (group) => group.code === MEMBERS_WASTE_GROUP,
)?.categoryCodes[0];

/**
 * The taxonomy's slices, and which of them a change touches. Built once: it only reads the
 * taxonomy.
 */
export class SynergySlicing {
  private readonly clusterOf = new Map<string, string>();
  readonly clusters: ReadonlyMap<string, readonly string[]>;
  /** Pool → the need categories it gathers. */
  private readonly poolCategories = new Map<string, string[]>();
  /** Resource category → the pools it can supply. */
  private readonly poolsSupplied = new Map<string, Set<string>>();

  constructor() {
    this.clusters = b2bClusters();
    for (const [cluster, codes] of this.clusters) {
      for (const code of codes) this.clusterOf.set(code, cluster);
    }
    for (const { code } of ALL_CATEGORIES.filter((category) => isPoolable(category.code))) {
      const pool = poolCodeOf(code);
      this.poolCategories.set(pool, [...(this.poolCategories.get(pool) ?? []), code]);
      for (const { resourceCode } of compatibleResourceCategories(code)) {
        const pools = this.poolsSupplied.get(resourceCode) ?? new Set<string>();
        this.poolsSupplied.set(resourceCode, pools.add(pool));
      }
    }
  }

  /** The categories whose declarations a match of the B2B clusters reads. */
  categoriesOfClusters(clusters: Iterable<string>): string[] {
    return [...clusters].flatMap((cluster) => this.clusters.get(cluster) ?? []);
  }

  /**
   * The categories whose declarations a match of these pools reads: their needs, the resources
   * that can supply them, and, for a pooled waste collection, every waste.
   */
  categoriesOfPools(pools: Iterable<string>): string[] {
    const codes = new Set<string>();
    for (const pool of pools) {
      for (const code of this.poolCategories.get(pool) ?? []) {
        codes.add(code);
        for (const { resourceCode } of compatibleResourceCategories(code)) codes.add(resourceCode);
      }
      if (pool === MEMBERS_WASTE_POOL) {
        for (const { code, isWaste } of ALL_CATEGORIES) if (isWaste) codes.add(code);
      }
    }
    return [...codes];
  }

  /** The need categories pooled with the trade categories' needs: where their pooling shows. */
  poolCategoriesOf(categoryCodes: Iterable<string>): string[] {
    const pools = new Set([...categoryCodes].filter(isPoolable).map(poolCodeOf));
    return [...pools].flatMap((pool) => this.poolCategories.get(pool) ?? []);
  }

  /**
   * The slices a declaration's presence at `place` takes part in: its B2B cluster; the
   * collective unit it joins as a member or may supply (in its zone, or in every zone of the
   * territory from outside them); and the trade categories whose needs it may pool or be
   * proposed a declared resource to.
   */
  slicesOfDeclaration(
    place: DeclarationPlace,
    zonesOfTerritory: readonly string[],
  ): SynergySlice[] {
    const { declarationId, kind, categoryCode, zoneId } = place;
    const cluster = this.clusterOf.get(categoryCode);
    const slices: SynergySlice[] = cluster ? [{ kind: 'B2B', cluster, declarationId }] : [];
    const pooled = kind === 'NEED' && isPoolable(categoryCode);
    if (pooled && zoneId) {
      slices.push({ kind: 'COLLECTIVE', zoneId, poolCode: poolCodeOf(categoryCode) });
    }
    if (kind === 'RESOURCE') {
      const pools = new Set(this.poolsSupplied.get(categoryCode) ?? []);
      if (zoneId && findCategory(categoryCode)?.isWaste && MEMBERS_WASTE_POOL) {
        slices.push({ kind: 'COLLECTIVE', zoneId, poolCode: MEMBERS_WASTE_POOL });
      }
      for (const poolCode of pools) {
        for (const zone of zoneId ? [zoneId] : zonesOfTerritory) {
          slices.push({ kind: 'COLLECTIVE', zoneId: zone, poolCode });
        }
      }
    }
    const neighbours = [
      ...(cluster ? (this.clusters.get(cluster) ?? []) : []),
      ...(pooled ? this.poolCategoriesOf([categoryCode]) : []),
    ];
    for (const code of new Set(neighbours)) {
      if (TRADE_SUPPLIED.has(code)) slices.push({ kind: 'TRADE', categoryCode: code });
    }
    return slices;
  }

  /**
   * The slices a firm supplying by its trade takes part in: the collective units of the pools
   * it supplies, in every zone of its territory, and supply by trade to those categories.
   */
  slicesOfSupplier(nafCode: string | null, zonesOfTerritory: readonly string[]): SynergySlice[] {
    const slices: SynergySlice[] = [];
    for (const code of activitySupplyOf(nafCode)?.categoryCodes ?? []) {
      slices.push({ kind: 'TRADE', categoryCode: code });
      if (!isPoolable(code)) continue;
      for (const zoneId of zonesOfTerritory) {
        slices.push({ kind: 'COLLECTIVE', zoneId, poolCode: poolCodeOf(code) });
      }
    }
    return slices;
  }
}
