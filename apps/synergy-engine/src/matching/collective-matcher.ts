import {
  collectiveNeedGroupOf,
  compatibleResourceCategories,
  findCategory,
  tradeCompatibility,
  type CategoryCode,
  type CollectiveNeedGroup,
  type Compatibility,
} from '@symbiose/taxonomy';
import { isTradeOffer, tradeOffersOf, type ActivitySupplier } from './activity-supplier';
import { roundScore } from './b2b-score';
import { MEMBERS_WASTE_GROUP, memberPurchasesOf, pooledWasteOf } from './collective-impact';
import { greatCircleKm } from './great-circle';
import { resolveMatchingOptions, settingsFor, type MatchingOptions } from './matching-options';
import { firstRegulatoryFailure, ruledPair } from './pair-rules';
import type { MatchableDeclaration } from './matchable-declaration';
import type {
  CollectiveRationale,
  CollectiveSynergy,
  ParticipantRole,
  SynergyParticipant,
} from './synergy';

/**
 * Collective score = MEMBERS_WEIGHT × (1 − ½^((members − 1) / MEMBERS_PER_HALVING)) +
 * SUPPLY_WEIGHT × coverage. A pooled action is worth more the more firms it serves, and each
 * firm adds less than the one before: with three firms per halving, 2 organizations give 0.21,
 * 4 give 0.5, 7 give 0.75, 13 give 0.94, so a need shared by a dozen firms outranks one shared
 * by three. Coverage is what the suppliers nearby can serve: min(1, supplied / needed) when
 * their quantities compare with the members', SUPPLIER_WITHOUT_QUANTITY_COVERAGE when a supplier
 * exists but its quantity does not compare, 0 without a supplier.
 */
export const COLLECTIVE_WEIGHTS = Object.freeze({ members: 0.7, supplyCoverage: 0.3 });

export const MEMBERS_PER_HALVING = 3;

export const SUPPLIER_WITHOUT_QUANTITY_COVERAGE = 0.5;

/** A collective synergy takes at least two organizations sharing the need. */
export const MIN_MEMBER_ORGANIZATIONS = 2;

export function membersTerm(organizationCount: number): number {
  return 1 - 0.5 ** ((organizationCount - 1) / MEMBERS_PER_HALVING);
}

function byId(a: MatchableDeclaration, b: MatchableDeclaration): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function participantsOf(
  declarations: readonly MatchableDeclaration[],
  role: ParticipantRole,
): SynergyParticipant[] {
  const byOrganization = new Map<string, string[]>();
  for (const declaration of declarations) {
    const ids = byOrganization.get(declaration.organizationId) ?? [];
    if (!isTradeOffer(declaration)) ids.push(declaration.id);
    byOrganization.set(declaration.organizationId, ids);
  }
  return [...byOrganization.keys()].sort().map((organizationId) => ({
    organizationId,
    role,
    declarationIds: (byOrganization.get(organizationId) as string[]).sort(),
  }));
}

/** The sum of the needs' quantities when every quantified one is in the same unit. */
function combinedQuantity(needs: readonly MatchableDeclaration[]) {
  const quantified = needs.filter((need) => need.annualQuantity !== null && need.canonicalUnit);
  const units = new Set(quantified.map((need) => need.canonicalUnit));
  if (quantified.length === 0 || units.size !== 1) {
    return { quantity: null, unit: null, complete: false };
  }
  const quantity = quantified.reduce((sum, need) => sum + (need.annualQuantity as number), 0);
  return {
    quantity: Math.round(quantity * 1e6) / 1e6,
    unit: quantified[0].canonicalUnit,
    complete: quantified.length === needs.length,
  };
}

/**
 * What the members of a collective synergy pool: one of the programme's collective needs, which
 * may gather several categories (a pooled collection serves the firms asking for collection and
 * those asking for reuse), or a single poolable category.
 */
interface Pool {
  /**
   * The group's first category, or the category itself: the synergy's key, so that it keeps
   * its identity whichever categories its members declare.
   */
  readonly code: string;
  readonly group: CollectiveNeedGroup | undefined;
}

function poolOf(categoryCode: string): Pool {
  const group = collectiveNeedGroupOf(categoryCode);
  return { code: group?.categoryCodes[0] ?? categoryCode, group };
}

/** The code of the pool a poolable need category joins: its collective synergy's key is by it. */
export function poolCodeOf(categoryCode: string): string {
  return poolOf(categoryCode).code;
}

/**
 * The category most members declared (the group's order breaks a tie): the synergy's category,
 * the one a reader filters on.
 */
function mainCategoryOf(pool: Pool, needs: readonly MatchableDeclaration[]): string {
  const organizations = new Map<string, Set<string>>();
  for (const need of needs) {
    const set = organizations.get(need.categoryCode) ?? new Set<string>();
    set.add(need.organizationId);
    organizations.set(need.categoryCode, set);
  }
  const order = (code: string) =>
    pool.group ? (pool.group.categoryCodes as readonly string[]).indexOf(code) : 0;
  return [...organizations.entries()].sort(
    ([a, aMembers], [b, bMembers]) => bMembers.size - aMembers.size || order(a) - order(b),
  )[0][0];
}

/**
 * A pooled waste collection is sized by what its members throw away: the tonnes of their
 * declared waste, not a quantity of the collection need itself.
 */
function carriesMembersWaste(pool: Pool): boolean {
  return pool.group?.code === MEMBERS_WASTE_GROUP;
}

/** A resource of the zone that can serve the shared need, with how its category meets it. */
interface Supply {
  readonly resource: MatchableDeclaration;
  readonly entry: Compatibility;
}

function supplyCoverage(
  supplies: readonly Supply[],
  needed: { quantity: number | null; unit: string | null },
): { value: number; basis: CollectiveRationale['terms']['supplyCoverage']['basis'] } {
  if (supplies.length === 0) return { value: 0, basis: 'NO_SUPPLIER' };
  const comparable = supplies.filter(
    ({ resource, entry }) =>
      entry.quantitiesComparable &&
      resource.annualQuantity !== null &&
      resource.canonicalUnit === needed.unit,
  );
  if (comparable.length === 0 || !needed.quantity) {
    return {
      value: SUPPLIER_WITHOUT_QUANTITY_COVERAGE,
      basis: 'SUPPLIER_WITHOUT_COMPARABLE_QUANTITY',
    };
  }
  const supplied = comparable.reduce(
    (sum, { resource }) => sum + (resource.annualQuantity as number),
    0,
  );
  return { value: Math.min(1, supplied / needed.quantity), basis: 'QUANTITIES' };
}

/** The declared resources of a compatible category, and the trades that supply the category. */
function candidateSupplies(
  categoryCode: string,
  resources: ReadonlyMap<string, readonly MatchableDeclaration[]>,
  tradeOffers: ReadonlyMap<string, readonly MatchableDeclaration[]>,
): Supply[] {
  const declared = compatibleResourceCategories(categoryCode).flatMap((entry) =>
    (resources.get(entry.resourceCode) ?? []).map((resource) => ({ resource, entry })),
  );
  const byTrade = (tradeOffers.get(categoryCode) ?? []).map((resource) => ({
    resource,
    entry: tradeCompatibility(resource.categoryCode as CategoryCode),
  }));
  return [...declared, ...byTrade];
}

/**
 * The suppliers that can serve the members' needs: resources of the zone and of the territory's
 * organizations outside every zone (a collector, a security firm nearby), and the territory's
 * firms whose trade supplies the need, within the territory's reach. A supplier joins only when
 * the law lets it serve every member whose need it meets (hazardous waste, licensed
 * services…); each joins once.
 */
function suppliesOf(
  needs: readonly MatchableDeclaration[],
  resources: ReadonlyMap<string, readonly MatchableDeclaration[]>,
  tradeOffers: ReadonlyMap<string, readonly MatchableDeclaration[]>,
  maxDistanceKm: number,
): Supply[] {
  // A resource that meets several of the members' categories joins by its best match (a
  // restaurant as catering, not as a substitute for food trucks), whatever order ids give.
  const candidates = [...new Set(needs.map((need) => need.categoryCode))]
    .sort()
    .flatMap((categoryCode) =>
      candidateSupplies(categoryCode, resources, tradeOffers).map((supply) => ({
        ...supply,
        served: needs.filter((need) => need.categoryCode === categoryCode),
      })),
    )
    .sort((a, b) => b.entry.score - a.entry.score);
  const supplies = new Map<string, Supply>();
  for (const { resource, entry, served } of candidates) {
    if (supplies.has(resource.id)) continue;
    const lawful = served.every((need) => {
      const distanceKm = greatCircleKm(
        resource.latitude,
        resource.longitude,
        need.latitude,
        need.longitude,
      );
      return (
        distanceKm <= maxDistanceKm &&
        !firstRegulatoryFailure(ruledPair(resource, need, entry, distanceKm))
      );
    });
    if (lawful) supplies.set(resource.id, { resource, entry });
  }
  return [...supplies.values()];
}

/**
 * A supplier's trade joins where it adds a supplier: not a member's own trade, nor that of an
 * organization already supplying by a declared resource.
 */
function withoutRedundantTrades(
  supplies: readonly Supply[],
  memberIds: ReadonlySet<string>,
): Supply[] {
  const declaring = new Set(
    supplies
      .filter(({ resource }) => !isTradeOffer(resource))
      .map(({ resource }) => resource.organizationId),
  );
  return supplies.filter(
    ({ resource }) =>
      !isTradeOffer(resource) ||
      !(memberIds.has(resource.organizationId) || declaring.has(resource.organizationId)),
  );
}

/** What one zone's members of one pool bring to a collective synergy, and who is nearby. */
interface PoolInZone {
  readonly zoneId: string;
  readonly pool: Pool;
  readonly needs: readonly MatchableDeclaration[];
  /** Declared resources nearby, by category. */
  readonly resources: ReadonlyMap<string, readonly MatchableDeclaration[]>;
  /** What the territory's suppliers offer by trade, by category. */
  readonly tradeOffers: ReadonlyMap<string, readonly MatchableDeclaration[]>;
  readonly membersWaste: readonly MatchableDeclaration[];
  readonly maxDistanceKm: number;
}

function collectiveSynergyOf({
  zoneId,
  pool,
  needs,
  resources,
  tradeOffers,
  membersWaste,
  maxDistanceKm,
}: PoolInZone): CollectiveSynergy | undefined {
  const members = participantsOf(needs, 'MEMBER');
  if (members.length < MIN_MEMBER_ORGANIZATIONS) return undefined;
  const supplies = withoutRedundantTrades(
    suppliesOf(needs, resources, tradeOffers, maxDistanceKm),
    new Set(members.map((member) => member.organizationId)),
  );
  const pooledWaste = carriesMembersWaste(pool) ? pooledWasteOf(membersWaste) : [];
  const needed = carriesMembersWaste(pool)
    ? combinedQuantity(membersWaste.filter((waste) => waste.canonicalUnit === 't'))
    : combinedQuantity(needs);
  const coverage = supplyCoverage(supplies, needed);
  const membersValue = membersTerm(members.length);
  const score = roundScore(
    COLLECTIVE_WEIGHTS.members * membersValue + COLLECTIVE_WEIGHTS.supplyCoverage * coverage.value,
  );
  const categoryCode = mainCategoryOf(pool, needs);
  const category = findCategory(categoryCode);
  const needFr = pool.group?.labelFr ?? category?.labelFr ?? categoryCode;
  const needEn = pool.group?.labelEn ?? category?.labelEn ?? categoryCode;
  const supplierParticipants = participantsOf(
    supplies.map(({ resource }) => resource),
    'SUPPLIER',
  );
  const byTrade = supplierParticipants.filter((p) => p.declarationIds.length === 0).length;
  const supplierFr = supplierParticipants.length
    ? `, ${supplierParticipants.length} fournisseur(s) dans la zone ou à proximité` +
      (byTrade ? ` dont ${byTrade} par son activité` : '')
    : '';
  const supplierEn = supplierParticipants.length
    ? `, ${supplierParticipants.length} supplier(s) in or near the zone` +
      (byTrade ? `, ${byTrade} by trade` : '')
    : '';
  return {
    kind: 'COLLECTIVE',
    key: `${zoneId}:${pool.code}`,
    zoneId,
    territoryId: needs[0].territoryId,
    categoryCode,
    participants: [...members, ...supplierParticipants],
    combinedAnnualQuantity: needed.quantity,
    canonicalUnit: needed.unit,
    quantityComplete: needed.complete,
    pooledWaste,
    memberPurchases: carriesMembersWaste(pool) ? [] : memberPurchasesOf(needs),
    score,
    rationale: {
      collectiveNeedCode: pool.group?.code ?? null,
      suppliersByTrade: byTrade,
      categoryCodes: [...new Set(needs.map((need) => need.categoryCode))].sort(),
      terms: {
        members: {
          value: roundScore(membersValue),
          weight: COLLECTIVE_WEIGHTS.members,
          organizationCount: members.length,
        },
        supplyCoverage: {
          value: roundScore(coverage.value),
          weight: COLLECTIVE_WEIGHTS.supplyCoverage,
          basis: coverage.basis,
        },
      },
      summaryFr:
        `${members.length} organisations partagent un besoin : ` +
        `${needFr.toLowerCase()}${supplierFr}.`,
      summaryEn:
        `${members.length} organizations share a need: ` + `${needEn.toLowerCase()}${supplierEn}.`,
    },
  };
}

function mergedResources(
  ...groups: (ReadonlyMap<string, readonly MatchableDeclaration[]> | undefined)[]
): Map<string, MatchableDeclaration[]> {
  const merged = new Map<string, MatchableDeclaration[]>();
  for (const group of groups) {
    for (const [categoryCode, list] of group ?? []) {
      merged.set(categoryCode, [...(merged.get(categoryCode) ?? []), ...list]);
    }
  }
  return merged;
}

/** Themes whose needs firms pool by nature: a shared service, a joint recruitment or training. */
const POOLED_THEMES: ReadonlySet<string> = new Set(['SERVICES', 'HR_ANIMATION']);

/**
 * Whether firms can pool needs of the category: a service or a human-resources need, or one of
 * the programme's collective needs (charging points, renewable energy, water management). Two
 * plants wanting the same raw material compete for it; they have nothing to pool.
 */
export function isPoolable(categoryCode: string): boolean {
  const category = findCategory(categoryCode);
  return (
    (category !== undefined && (category.collectiveNeed || POOLED_THEMES.has(category.theme))) ||
    collectiveNeedGroupOf(categoryCode) !== undefined
  );
}

/**
 * Collective synergies: in each zone, the needs of one pool (a collective need's categories, or
 * one poolable category) declared by at least two organizations, joined as suppliers by the
 * resources of a compatible category nearby and by the territory's firms whose trade supplies it
 * (`suppliesOf`), when the law lets them serve every member. Best score first, then by key.
 */
export function matchCollective(
  declarations: readonly MatchableDeclaration[],
  options: MatchingOptions = {},
  activitySuppliers: readonly ActivitySupplier[] = [],
): CollectiveSynergy[] {
  const resolved = resolveMatchingOptions(options);
  /** What suppliers offer by trade, anywhere in their territory, by territory. */
  const tradeOffers = new Map<string, Map<string, MatchableDeclaration[]>>();
  const needsByZonePool = new Map<string, Map<string, MatchableDeclaration[]>>();
  const resourcesByZone = new Map<string, Map<string, MatchableDeclaration[]>>();
  /** Resources of the territory's organizations outside every zone, by territory. */
  const resourcesOutsideZones = new Map<string, Map<string, MatchableDeclaration[]>>();
  const wasteOfOrganization = new Map<string, MatchableDeclaration[]>();
  const add = (
    groups: Map<string, Map<string, MatchableDeclaration[]>>,
    key: string,
    subKey: string,
    declaration: MatchableDeclaration,
  ) => {
    const bySubKey = groups.get(key) ?? new Map<string, MatchableDeclaration[]>();
    const list = bySubKey.get(subKey) ?? [];
    list.push(declaration);
    bySubKey.set(subKey, list);
    groups.set(key, bySubKey);
  };
  for (const declaration of declarations) {
    const { categoryCode } = declaration;
    if (declaration.kind === 'RESOURCE') {
      if (declaration.zoneId === null)
        add(resourcesOutsideZones, declaration.territoryId, categoryCode, declaration);
      else add(resourcesByZone, declaration.zoneId, categoryCode, declaration);
      if (findCategory(categoryCode)?.isWaste) {
        const wastes = wasteOfOrganization.get(declaration.organizationId) ?? [];
        wastes.push(declaration);
        wasteOfOrganization.set(declaration.organizationId, wastes);
      }
    } else if (declaration.zoneId !== null && isPoolable(categoryCode)) {
      add(needsByZonePool, declaration.zoneId, poolOf(categoryCode).code, declaration);
    }
  }
  for (const offer of activitySuppliers.flatMap(tradeOffersOf)) {
    add(tradeOffers, offer.territoryId, offer.categoryCode, offer);
  }
  // Each group by id, so that the result does not depend on the order of the input: sorting
  // the small groups costs a fraction of sorting the region.
  for (const groups of [needsByZonePool, resourcesByZone, resourcesOutsideZones, tradeOffers]) {
    for (const bySubKey of groups.values()) {
      for (const list of bySubKey.values()) list.sort(byId);
    }
  }
  const synergies: CollectiveSynergy[] = [];
  for (const [zoneId, byPool] of needsByZonePool) {
    const [firstNeeds] = byPool.values();
    const { territoryId } = firstNeeds[0];
    const nearby = mergedResources(
      resourcesByZone.get(zoneId),
      resourcesOutsideZones.get(territoryId),
    );
    for (const [poolCode, needs] of byPool) {
      const memberIds = new Set(needs.map((need) => need.organizationId));
      const synergy = collectiveSynergyOf({
        zoneId,
        pool: poolOf(poolCode),
        needs,
        resources: nearby,
        tradeOffers: tradeOffers.get(territoryId) ?? new Map(),
        membersWaste: [...memberIds].flatMap((id) => wasteOfOrganization.get(id) ?? []),
        maxDistanceKm: settingsFor(resolved, territoryId).maxDistanceKm,
      });
      if (synergy) synergies.push(synergy);
    }
  }
  return synergies.sort(
    (a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
