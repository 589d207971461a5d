import { EARTH_RADIUS_KM } from '../src/matching/great-circle';
import { declarationOf, organizationSnapshot, packagingNeedOf } from './engine-test-events';

/** Degrees of latitude per km on the engine's sphere. */
export const DEGREES_PER_KM = 180 / (Math.PI * EARTH_RADIUS_KM);

/**
 * A firm of the zone `kmNorth` km north of the worked examples' packager, of the given trade:
 * the tests' firms of one business park, placed by their distance.
 */
export function firmNorthOf(zoneId: string, territoryId: string, nafCode: string) {
  return (name: string, kmNorth: number) =>
    organizationSnapshot(zoneId, territoryId, {
      name,
      nafCode,
      latitude: 44.4189 + kmNorth * DEGREES_PER_KM,
      longitude: 1.4502,
    });
}

/**
 * The cardboard flow docs/impact-method.md works by hand: a packager offering 12.5 t a year,
 * weekly, and a shipper 3 km north needing 10 t of packaging, monthly, in one zone.
 */
export function workedCardboardFlow(zoneId: string, territoryId: string) {
  const packager = organizationSnapshot(zoneId, territoryId, {
    name: 'Cartonnages du Quercy',
    latitude: 44.4189,
    longitude: 1.4502,
  });
  const shipper = organizationSnapshot(zoneId, territoryId, {
    name: 'Expéditions Lotoises',
    nafCode: '52.29A',
    latitude: 44.4189 + 3 * DEGREES_PER_KM,
    longitude: 1.4502,
  });
  const cardboard = declarationOf(packager.organizationId, {
    annualQuantity: 12.5,
    frequency: 'WEEKLY',
    wasteCode: '150101',
  });
  const packagingNeed = packagingNeedOf(shipper.organizationId);
  return { packager, shipper, cardboard, packagingNeed };
}

/**
 * The copper flow docs/impact-method.md works by hand: an electrician's 2 t of cable scrap a
 * year, quarterly, and a metal recycler 5 km north needing 10 t of metal to remelt.
 */
export function workedCopperFlow(zoneId: string, territoryId: string) {
  const electrician = organizationSnapshot(zoneId, territoryId, {
    name: 'Électricité Cadurcienne',
    nafCode: '43.21A',
    latitude: 44.38,
    longitude: 1.47,
  });
  const recycler = organizationSnapshot(zoneId, territoryId, {
    name: 'Métaux du Lot',
    nafCode: '24.44Z',
    latitude: 44.38 + 5 * DEGREES_PER_KM,
    longitude: 1.47,
  });
  const copperScrap = declarationOf(electrician.organizationId, {
    categoryCode: 'WASTE_METALS',
    label: 'Chutes de câbles cuivre',
    annualQuantity: 2,
    canonicalUnit: 't',
    frequency: 'QUARTERLY',
    wasteCode: '170401',
  });
  const metalNeed = declarationOf(recycler.organizationId, {
    kind: 'NEED',
    categoryCode: 'WASTE_METALS',
    label: 'Métaux à refondre',
    annualQuantity: 10,
    canonicalUnit: 't',
    frequency: 'QUARTERLY',
    wasteCode: null,
  });
  return { electrician, recycler, copperScrap, metalNeed };
}
