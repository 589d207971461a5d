import {
  collectiveNeedGroupOf,
  compatibleResourceCategories,
  findCategory,
  type Compatibility,
} from '@symbiose/taxonomy';
import { roundScore } from './b2b-score';
import { greatCircleKm } from './great-circle';
import { DEFAULT_MAX_DISTANCE_KM } from './matching-options';
import { firstRegulatoryFailure, ruledPair } from './pair-rules';
import type { MatchableDeclaration } from './matchable-declaration';
import type {
  CollectiveRationale,
  CollectiveSynergy,
  ParticipantRole,
  SynergyParticipant,
} from './synergy';

/**
 * Collective score = MEMBERS_WEIGHT × (1 − ½^(members − 1)) + SUPPLY_WEIGHT × coverage.
 * The members term saturates: 2 organizations 0.5, 3 0.75, 4 0.875, so the fifth firm adds
 * less than the second; coverage is what the zone's suppliers can serve: min(1, supplied /
 * needed) when their quantities compare with the members', SUPPLIER_WITHOUT_QUANTITY_COVERAGE
 * when a supplier exists but its quantity does not compare, 0 without a supplier.
 */
export const COLLECTIVE_WEIGHTS = Object.freeze({ members: 0.7, supplyCoverage: 0.3 });

export const SUPPLIER_WITHOUT_QUANTITY_COVERAGE = 0.5;

/** A collective synergy takes at least two organizations sharing the need. */
export const MIN_MEMBER_ORGANIZATIONS = 2;

export function membersTerm(organizationCount: number): number {
  return 1 - 0.5 ** (organizationCount - 1);
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
    ids.push(declaration.id);
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
 * A pooled waste collection is sized by what its members throw away: the tonnes of their
 * declared waste, not a quantity of the collection need itself.
 */
function carriesMembersWaste(categoryCode: string): boolean {
  return collectiveNeedGroupOf(categoryCode)?.code === 'WASTE_COLLECTION_REUSE';
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

/**
 * The resources that can serve needs of the category: the zone's, and those of the territory's
 * organizations outside every zone (a collector, a security firm nearby). A supplier joins only
 * when the law lets it serve every member (hazardous waste, licensed services…).
 */
function suppliesOf(
  categoryCode: string,
  needs: readonly MatchableDeclaration[],
  resources: ReadonlyMap<string, readonly MatchableDeclaration[]>,
): Supply[] {
  const supplies: Supply[] = [];
  for (const entry of compatibleResourceCategories(categoryCode)) {
    for (const resource of resources.get(entry.resourceCode) ?? []) {
      const lawful = needs.every((need) => {
        const distanceKm = greatCircleKm(
          resource.latitude,
          resource.longitude,
          need.latitude,
          need.longitude,
        );
        return (
          distanceKm <= DEFAULT_MAX_DISTANCE_KM &&
          !firstRegulatoryFailure(ruledPair(resource, need, entry, distanceKm))
        );
      });
      if (lawful) supplies.push({ resource, entry });
    }
  }
  return supplies;
}

function collectiveSynergyOf(
  zoneId: string,
  categoryCode: string,
  needs: readonly MatchableDeclaration[],
  resources: ReadonlyMap<string, readonly MatchableDeclaration[]>,
  membersWaste: readonly MatchableDeclaration[],
): CollectiveSynergy | undefined {
  const members = participantsOf(needs, 'MEMBER');
  if (members.length < MIN_MEMBER_ORGANIZATIONS) return undefined;
  const supplies = suppliesOf(categoryCode, needs, resources);
  const needed = carriesMembersWaste(categoryCode)
    ? combinedQuantity(membersWaste.filter((waste) => waste.canonicalUnit === 't'))
    : combinedQuantity(needs);
  const coverage = supplyCoverage(supplies, needed);
  const membersValue = membersTerm(members.length);
  const score = roundScore(
    COLLECTIVE_WEIGHTS.members * membersValue + COLLECTIVE_WEIGHTS.supplyCoverage * coverage.value,
  );
  const category = findCategory(categoryCode);
  const supplierParticipants = participantsOf(
    supplies.map(({ resource }) => resource),
    'SUPPLIER',
  );
  const supplierFr = supplierParticipants.length
    ? `, ${supplierParticipants.length} fournisseur(s) dans la zone ou à proximité`
    : '';
  const supplierEn = supplierParticipants.length
    ? `, ${supplierParticipants.length} supplier(s) in or near the zone`
    : '';
  return {
    kind: 'COLLECTIVE',
    key: `${zoneId}:${categoryCode}`,
    zoneId,
    territoryId: needs[0].territoryId,
    categoryCode,
    participants: [...members, ...supplierParticipants],
    combinedAnnualQuantity: needed.quantity,
    canonicalUnit: needed.unit,
    quantityComplete: needed.complete,
    score,
    rationale: {
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
        `${members.length} organisations partagent un besoin de ` +
        `${(category?.labelFr ?? categoryCode).toLowerCase()}${supplierFr}.`,
      summaryEn:
        `${members.length} organizations share a need of ` +
        `${(category?.labelEn ?? categoryCode).toLowerCase()}${supplierEn}.`,
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
function isPoolable(categoryCode: string): boolean {
  const category = findCategory(categoryCode);
  return (
    (category !== undefined && (category.collectiveNeed || POOLED_THEMES.has(category.theme))) ||
    collectiveNeedGroupOf(categoryCode) !== undefined
  );
}

/**
 * Collective synergies: in each zone, the needs of one poolable category declared by at least
 * two organizations, joined as suppliers by the resources of a compatible category nearby
 * (`suppliesOf`) that the law lets serve every member. Best score first, then by key.
 */
export function matchCollective(
  declarations: readonly MatchableDeclaration[],
): CollectiveSynergy[] {
  const needsByZoneCategory = new Map<string, Map<string, MatchableDeclaration[]>>();
  const resourcesByZone = new Map<string, Map<string, MatchableDeclaration[]>>();
  /** Resources of the territory's organizations outside every zone, by territory. */
  const resourcesOutsideZones = new Map<string, Map<string, MatchableDeclaration[]>>();
  const wasteOfOrganization = new Map<string, MatchableDeclaration[]>();
  const add = (
    groups: Map<string, Map<string, MatchableDeclaration[]>>,
    key: string,
    declaration: MatchableDeclaration,
  ) => {
    const byCategory = groups.get(key) ?? new Map<string, MatchableDeclaration[]>();
    const list = byCategory.get(declaration.categoryCode) ?? [];
    list.push(declaration);
    byCategory.set(declaration.categoryCode, list);
    groups.set(key, byCategory);
  };
  for (const declaration of declarations) {
    if (declaration.kind === 'RESOURCE') {
      if (declaration.zoneId === null)
        add(resourcesOutsideZones, declaration.territoryId, declaration);
      else add(resourcesByZone, declaration.zoneId, declaration);
      if (findCategory(declaration.categoryCode)?.isWaste) {
        const wastes = wasteOfOrganization.get(declaration.organizationId) ?? [];
        wastes.push(declaration);
        wasteOfOrganization.set(declaration.organizationId, wastes);
      }
    } else if (declaration.zoneId !== null && isPoolable(declaration.categoryCode)) {
      add(needsByZoneCategory, declaration.zoneId, declaration);
    }
  }
  // Each group by id, so that the result does not depend on the order of the input: sorting
  // the small groups costs a fraction of sorting the region.
  for (const groups of [needsByZoneCategory, resourcesByZone, resourcesOutsideZones]) {
    for (const byCategory of groups.values()) {
      for (const list of byCategory.values()) list.sort(byId);
    }
  }
  const synergies: CollectiveSynergy[] = [];
  for (const [zoneId, byCategory] of needsByZoneCategory) {
    const [firstNeeds] = byCategory.values();
    const nearby = mergedResources(
      resourcesByZone.get(zoneId),
      resourcesOutsideZones.get(firstNeeds[0].territoryId),
    );
    for (const [categoryCode, needs] of byCategory) {
      const membersWaste = needs.flatMap(
        (need) => wasteOfOrganization.get(need.organizationId) ?? [],
      );
      const synergy = collectiveSynergyOf(zoneId, categoryCode, needs, nearby, membersWaste);
      if (synergy) synergies.push(synergy);
    }
  }
  return synergies.sort(
    (a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
