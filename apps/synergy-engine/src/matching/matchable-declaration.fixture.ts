import { NOTHING_STATED, type MatchableDeclaration } from './matchable-declaration';

/** Cahors Sud business park, the programme's first zone. */
export const CAHORS_SUD = Object.freeze({ latitude: 44.4475, longitude: 1.4419 });

/** Degrees of latitude per km (mean Earth radius), to place test points at a known distance. */
export const DEGREES_PER_KM = 1 / 111.195;

/** A declaration for specs: a need at Cahors Sud unless told otherwise. */
export function declaration(overrides: Partial<MatchableDeclaration> & { id: string }) {
  const base: MatchableDeclaration = {
    id: overrides.id,
    organizationId: `org-${overrides.id}`,
    zoneId: 'zone-cahors-sud',
    territoryId: 'territory-grand-cahors',
    latitude: CAHORS_SUD.latitude,
    longitude: CAHORS_SUD.longitude,
    kind: 'NEED',
    theme: 'MATERIALS_WASTE',
    categoryCode: 'WASTE_WOOD',
    ...NOTHING_STATED,
    organizationAuthorisations: [],
  };
  return { ...base, ...overrides };
}

/** The same place moved `km` north. */
export function northOf(km: number) {
  return { latitude: CAHORS_SUD.latitude + km * DEGREES_PER_KM, longitude: CAHORS_SUD.longitude };
}
