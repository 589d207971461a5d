import {
  ALL_CATEGORIES,
  FREQUENCIES,
  canonicalUnitOf,
  findWasteCode,
  type Category,
  type DeclarationKind,
  type Dimension,
} from '@symbiose/taxonomy';
import type { MatchableDeclaration } from '../src/matching/matchable-declaration';
import { seededRandom } from '@symbiose/testing';

export interface RegionShape {
  readonly declarationCount: number;
  readonly seed: number;
  readonly territoryCount?: number;
  readonly zonesPerTerritory?: number;
  /** Radius of a territory around its centre, km. */
  readonly territoryRadiusKm?: number;
  /** Declarations per organization on average. */
  readonly declarationsPerOrganization?: number;
}

const KM_PER_DEGREE = 111.2;

/** Typical annual quantities by dimension, log-uniform between the bounds. */
const QUANTITY_RANGES: Record<Exclude<Dimension, 'NONE'>, [number, number]> = {
  MASS: [0.5, 500],
  VOLUME: [10, 20000],
  ENERGY: [5, 5000],
  TIME: [20, 3000],
  COUNT: [1, 2000],
};

function uuidLike(prefix: string, n: number): string {
  return `${prefix}-${n.toString(16).padStart(8, '0')}`;
}

/**
 * A seeded synthetic region: territories a few tens of km across (centres ~90 km apart, in the
 * south-west of France), zones scattered in each, organizations clustered around their zone,
 * declarations drawn over the taxonomy's categories with log-uniform annual quantities, waste
 * codes for most waste, a share of hazardous codes and of authorised needs.
 */
export function syntheticRegion(shape: RegionShape): MatchableDeclaration[] {
  const random = seededRandom(shape.seed);
  const territoryCount = shape.territoryCount ?? 8;
  const zonesPerTerritory = shape.zonesPerTerritory ?? 15;
  const radiusKm = shape.territoryRadiusKm ?? 30;
  const perOrganization = shape.declarationsPerOrganization ?? 6;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const offset = (km: number) => ((random() * 2 - 1) * km) / KM_PER_DEGREE;

  const zones: { zoneId: string; territoryId: string; latitude: number; longitude: number }[] = [];
  for (let t = 0; t < territoryCount; t += 1) {
    const centreLat = 43.3 + (t % 4) * 0.8;
    const centreLon = 0.2 + Math.floor(t / 4) * 1.2;
    for (let z = 0; z < zonesPerTerritory; z += 1) {
      zones.push({
        zoneId: uuidLike('zone', t * 1000 + z),
        territoryId: uuidLike('territory', t),
        latitude: centreLat + offset(radiusKm * 0.7),
        longitude: centreLon + offset(radiusKm) / Math.cos((centreLat * Math.PI) / 180),
      });
    }
  }
  const organizationCount = Math.max(2, Math.round(shape.declarationCount / perOrganization));
  const organizations = Array.from({ length: organizationCount }, (_, n) => {
    const zone = pick(zones);
    return {
      organizationId: uuidLike('org', n),
      zoneId: random() < 0.95 ? zone.zoneId : null,
      territoryId: zone.territoryId,
      latitude: zone.latitude + offset(1.5),
      longitude: zone.longitude + offset(1.5),
    };
  });

  const byKind: Record<DeclarationKind, Category[]> = {
    NEED: ALL_CATEGORIES.filter((category) => category.declarationKinds.includes('NEED')),
    RESOURCE: ALL_CATEGORIES.filter((category) => category.declarationKinds.includes('RESOURCE')),
  };
  const declarations: MatchableDeclaration[] = [];
  for (let n = 0; n < shape.declarationCount; n += 1) {
    const organization = pick(organizations);
    const kind: DeclarationKind = random() < 0.5 ? 'NEED' : 'RESOURCE';
    const category = pick(byKind[kind]);
    const unit = canonicalUnitOf(category.dimension);
    let quantity: number | null = null;
    if (category.dimension !== 'NONE' && random() < 0.9) {
      const [low, high] = QUANTITY_RANGES[category.dimension];
      quantity = Math.round(low * (high / low) ** random() * 1000) / 1000;
    }
    const wasteCode = category.isWaste && random() < 0.7 ? pick(category.wasteCodes) : null;
    const hazardous = wasteCode ? (findWasteCode(wasteCode)?.hazardous ?? false) : false;
    declarations.push({
      id: uuidLike('decl', n),
      organizationId: organization.organizationId,
      zoneId: organization.zoneId,
      territoryId: organization.territoryId,
      latitude: organization.latitude,
      longitude: organization.longitude,
      kind,
      theme: category.theme,
      categoryCode: category.code,
      annualQuantity: quantity,
      canonicalUnit: quantity === null ? null : unit,
      frequency: random() < 0.85 ? pick(FREQUENCIES) : null,
      wasteCode,
      hazardous,
      authorisedForHazardous: kind === 'NEED' && category.isWaste ? random() < 0.25 : null,
      attributes: {},
      availableFrom: null,
      availableUntil: null,
      organizationAuthorisations: [],
    });
  }
  return declarations;
}
