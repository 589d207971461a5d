import { estimateImpact, impactOfFlow, transportKgCo2e } from './impact-estimate';
import {
  AVOIDED_EMISSION_FACTORS,
  BASELINE_BY_LAW,
  DECLARED_BASELINES,
  ROAD_DETOUR_FACTOR,
  VEHICLES,
  materialFamilyOf,
  vehicleForLoad,
  type MaterialFamily,
} from './impact-factors';
import { matchB2B } from './b2b-matcher';
import { declaration, northOf } from './matchable-declaration.fixture';

describe('vehicle classes', () => {
  it('works out kg CO2 per t·km from the level-1 rows: l/km × 3.07 kg/l ÷ average load', () => {
    expect(VEHICLES.VAN.kgCo2PerTonneKm).toBeCloseTo((0.16 * 3.07) / 0.46, 10); // 1.0678
    expect(VEHICLES.RIGID_7_5T.kgCo2PerTonneKm).toBeCloseTo((0.22 * 3.07) / 0.9, 10); // 0.7504
    expect(VEHICLES.RIGID_12T.kgCo2PerTonneKm).toBeCloseTo((0.24 * 3.07) / 1.8, 10); // 0.4093
    expect(VEHICLES.RIGID_19T.kgCo2PerTonneKm).toBeCloseTo((0.27 * 3.07) / 2.5, 10); // 0.3316
    expect(VEHICLES.ARTICULATED_40T.kgCo2PerTonneKm).toBeCloseTo((0.338 * 3.07) / 12.5, 10); // 0.0830
  });

  it('takes the smallest class that carries a trip, and the 19 t rigid when the rhythm is unknown', () => {
    expect(vehicleForLoad(0.2)).toBe('VAN');
    expect(vehicleForLoad(1)).toBe('VAN');
    expect(vehicleForLoad(1.5)).toBe('RIGID_7_5T');
    expect(vehicleForLoad(5)).toBe('RIGID_12T');
    expect(vehicleForLoad(8)).toBe('RIGID_19T');
    expect(vehicleForLoad(24)).toBe('ARTICULATED_40T');
    expect(vehicleForLoad(null)).toBe('RIGID_19T');
  });

  it('charges a small load far more per tonne than a full truck', () => {
    expect(transportKgCo2e(10, 30, 'VAN')).toBeCloseTo(320.35, 2);
    expect(transportKgCo2e(10, 30, 'ARTICULATED_40T')).toBeCloseTo(24.9, 2);
  });
});

describe('estimateImpact', () => {
  const cardboard = declaration({
    id: 'r',
    kind: 'RESOURCE',
    categoryCode: 'WASTE_CARDBOARD',
    annualQuantity: 12,
    canonicalUnit: 't',
    frequency: 'MONTHLY',
  });
  const cardboardNeed = declaration({
    id: 'n',
    categoryCode: 'WASTE_CARDBOARD',
    annualQuantity: 10,
    canonicalUnit: 't',
  });

  it('diverts the smaller quantity at the resource’s rhythm, by the vehicle its load needs', () => {
    const impact = estimateImpact(cardboard, cardboardNeed, 30 / ROAD_DETOUR_FACTOR);
    // 10 t in 12 trips: 0.833 t a trip, a van at 1.067826 kgCO2/t·km.
    // synergy's leg: 10 t × 30.004 km = 320.39; today's leg: 10 t × 20 km = 213.57.
    expect(impact).toEqual({
      indicative: true,
      tonnesPerYear: 10,
      tripsPerYear: 12,
      tonnesPerTrip: 0.833,
      vehicleClass: 'VAN',
      greatCircleKm: 23.08,
      roadKm: 30,
      transportKgCo2ePerYear: 320.39,
      materialFamily: 'PAPER_CARDBOARD',
      baselineRoute: 'SORTED_RECYCLING',
      baselineRule: BASELINE_BY_LAW.PAPER_CARDBOARD.rule,
      baselineDeclared: false,
      collectorRoadKm: 20,
      collectorRoadKmDeclared: false,
      avoidedCollectionKgCo2ePerYear: 213.57,
      avoidedTreatmentKgCo2ePerYear: 0,
      avoidedVirginMaterialKgCo2ePerYear: 0,
      netAvoidedKgCo2ePerYear: -106.83,
    });
  });

  it('reads the need’s rhythm when the resource gives none, and assumes a 19 t rigid without', () => {
    const yearly = estimateImpact(
      { ...cardboard, frequency: null },
      { ...cardboardNeed, frequency: 'YEARLY' },
      10,
    );
    expect(yearly).toMatchObject({ tripsPerYear: 1, tonnesPerTrip: 10, vehicleClass: 'RIGID_19T' });
    const unknown = estimateImpact({ ...cardboard, frequency: null }, cardboardNeed, 10);
    expect(unknown).toMatchObject({ tripsPerYear: null, tonnesPerTrip: null });
    // 10 t × 13 km × 0.33156 = 43.10
    expect(unknown?.transportKgCo2ePerYear).toBe(43.1);
  });

  it('credits the trip to today’s collector, declared or 20 km by default', () => {
    const near = impactOfFlow(10, 1, 'WASTE_CARDBOARD', { tripsPerYear: 12 });
    // today 10 × 20 × 1.067826 = 213.57; the synergy 10 × 1.3 × 1.067826 = 13.88
    expect(near.avoidedCollectionKgCo2ePerYear).toBe(213.57);
    expect(near.netAvoidedKgCo2ePerYear).toBe(199.68);
    const declared = impactOfFlow(10, 1, 'WASTE_CARDBOARD', {
      tripsPerYear: 12,
      collectorRoadKm: 5,
    });
    expect(declared.collectorRoadKm).toBe(5);
    expect(declared.collectorRoadKmDeclared).toBe(true);
    expect(declared.avoidedCollectionKgCo2ePerYear).toBe(53.39);
  });

  it('takes the route and the collector distance the resource’s firm declared', () => {
    const declaredCardboard = {
      ...cardboard,
      attributes: { currentRoute: 'RESIDUAL_DISPOSAL', collectorDistanceKm: 45 } as const,
    };
    const impact = estimateImpact(declaredCardboard, cardboardNeed, 30 / ROAD_DETOUR_FACTOR);
    // today's leg: 10 t × 45 km × 1.067826 = 480.52; no paper or cardboard figure to credit
    expect(impact).toMatchObject({
      baselineRoute: 'RESIDUAL_DISPOSAL',
      baselineRule: DECLARED_BASELINES.RESIDUAL_DISPOSAL.rule,
      baselineDeclared: true,
      collectorRoadKm: 45,
      collectorRoadKmDeclared: true,
      avoidedCollectionKgCo2ePerYear: 480.52,
      netAvoidedKgCo2ePerYear: 160.13,
    });
    const needDeclared = estimateImpact(
      cardboard,
      { ...cardboardNeed, attributes: { currentRoute: 'RESIDUAL_DISPOSAL' } },
      10,
    );
    expect(needDeclared).toMatchObject({ baselineRoute: 'SORTED_RECYCLING', collectorRoadKm: 20 });
  });

  it('keeps a declared route that differs from the law’s, and says it was declared', () => {
    const impact = impactOfFlow(10, 1, 'WASTE_ORGANIC_FOOD', {
      tripsPerYear: 12,
      declaredBaseline: DECLARED_BASELINES.OTHER_COLLECTION,
    });
    expect(impact).toMatchObject({
      baselineRoute: 'OTHER_COLLECTION',
      baselineRule: expect.stringMatching(/^Declared in the interview: /),
      baselineDeclared: true,
      collectorRoadKmDeclared: false,
    });
    const product = impactOfFlow(10, 1, 'MATERIAL_PALLETS', {
      tripsPerYear: 12,
      declaredBaseline: DECLARED_BASELINES.RESIDUAL_DISPOSAL,
      collectorRoadKm: 45,
    });
    expect(product).toMatchObject({
      baselineRoute: null,
      baselineDeclared: false,
      collectorRoadKm: null,
      collectorRoadKmDeclared: false,
    });
  });

  it('carries a flow in the vehicle it is given, whatever its load a year', () => {
    // 10 t in 5 trips would go by 7.5 t rigid; measured tonnes keep their potential's van.
    const given = impactOfFlow(10, 1, 'WASTE_CARDBOARD', { tripsPerYear: 5, vehicleClass: 'VAN' });
    expect(impactOfFlow(10, 1, 'WASTE_CARDBOARD', { tripsPerYear: 5 }).vehicleClass).toBe(
      'RIGID_7_5T',
    );
    expect(given.vehicleClass).toBe('VAN');
    // 10 × (20 − 1.3) × 1.067826
    expect(given.netAvoidedKgCo2ePerYear).toBe(199.68);
  });

  it('credits no material to a waste the law already sorts for recovery', () => {
    for (const category of ['WASTE_METALS', 'WASTE_WOOD', 'WASTE_ORGANIC_FOOD', 'WASTE_INERT']) {
      const impact = impactOfFlow(4, 10, category, { tripsPerYear: 4 });
      expect(impact.baselineRoute).toMatch(/^SORTED_/);
      expect(impact.avoidedTreatmentKgCo2ePerYear + impact.avoidedVirginMaterialKgCo2ePerYear).toBe(
        0,
      );
    }
    expect(impactOfFlow(4, 10, 'WASTE_GREEN', { tripsPerYear: 4 }).baselineRule).toMatch(
      /L541-21-1/,
    );
  });

  it('credits the material when the waste is declared to go to residual disposal today', () => {
    expect(AVOIDED_EMISSION_FACTORS.FERROUS.avoidedVirginKgPerTonne).toBe(1273);
    const impact = impactOfFlow(4, 10, 'WASTE_METALS', {
      tripsPerYear: 4,
      materialFamily: 'FERROUS',
      declaredBaseline: DECLARED_BASELINES.RESIDUAL_DISPOSAL,
    });
    // credit 4 × 1273 = 5092; legs: today 4 × 20 × 1.067826 = 85.43, synergy 4 × 13 × … = 55.53
    expect(impact.avoidedVirginMaterialKgCo2ePerYear).toBe(5092);
    expect(impact.netAvoidedKgCo2ePerYear).toBe(5121.9);
  });

  it('credits each metal by its own family, and an unnamed metal by none', () => {
    const residual = (materialFamily: MaterialFamily) =>
      impactOfFlow(1, 10, 'WASTE_METALS', {
        tripsPerYear: 1,
        materialFamily,
        declaredBaseline: DECLARED_BASELINES.RESIDUAL_DISPOSAL,
      }).avoidedVirginMaterialKgCo2ePerYear;
    expect(residual('FERROUS')).toBe(1273);
    expect(residual('COPPER')).toBe(141); // 1445 − 1304
    expect(residual('ALUMINIUM')).toBe(0); // no recycled-aluminium figure was read
    expect(residual('METALS')).toBe(0);
  });

  it('reads a metal’s family from its attributes, else from its waste code', () => {
    const metal = declaration({
      id: 'r',
      kind: 'RESOURCE',
      categoryCode: 'WASTE_METALS',
      annualQuantity: 3,
      canonicalUnit: 't',
    });
    const need = declaration({ id: 'n', categoryCode: 'WASTE_METALS', annualQuantity: 3 });
    const weighedNeed = { ...need, canonicalUnit: 't' };
    const familyOf = (resource: typeof metal) =>
      estimateImpact(resource, weighedNeed, 2)?.materialFamily;
    expect(familyOf({ ...metal, wasteCode: '170401' })).toBe('COPPER');
    expect(familyOf({ ...metal, wasteCode: '170402' })).toBe('ALUMINIUM');
    expect(familyOf({ ...metal, wasteCode: '170405' })).toBe('FERROUS');
    expect(
      familyOf({ ...metal, wasteCode: '170405', attributes: { material: { family: 'COPPER' } } }),
    ).toBe('COPPER');
    expect(familyOf({ ...metal, wasteCode: '170404' })).toBe('METALS');
    expect(familyOf(metal)).toBe('METALS');
    expect(materialFamilyOf('WASTE_WOOD', 'COPPER')).toBe('WOOD');
  });

  it('counts only the collection of a waste of no family, and none for a product', () => {
    const mixed = impactOfFlow(2, 10, 'WASTE_MIXED_NON_HAZARDOUS', { tripsPerYear: null });
    // 2 t by 19 t rigid at 0.33156: today 2 × 20 = 13.26, the synergy 2 × 13 = 8.62
    expect(mixed).toMatchObject({
      materialFamily: null,
      baselineRoute: 'OTHER_COLLECTION',
      avoidedVirginMaterialKgCo2ePerYear: 0,
      transportKgCo2ePerYear: 8.62,
      avoidedCollectionKgCo2ePerYear: 13.26,
      netAvoidedKgCo2ePerYear: 4.64,
    });
    const pallets = impactOfFlow(2, 10, 'MATERIAL_PALLETS', { tripsPerYear: null });
    expect(pallets).toMatchObject({
      baselineRoute: null,
      collectorRoadKm: null,
      avoidedCollectionKgCo2ePerYear: 0,
      netAvoidedKgCo2ePerYear: -8.62,
    });
  });

  it('estimates nothing for a flow that is not weighed on both sides', () => {
    const heat = declaration({
      id: 'r',
      kind: 'RESOURCE',
      categoryCode: 'ENERGY_WASTE_HEAT',
      annualQuantity: 100,
      canonicalUnit: 'MWh',
    });
    const need = declaration({
      id: 'n',
      categoryCode: 'ENERGY_HEAT',
      annualQuantity: 80,
      canonicalUnit: 'MWh',
    });
    expect(estimateImpact(heat, need, 5)).toBeNull();
    const unquantified = declaration({ id: 'n2', annualQuantity: null, canonicalUnit: 't' });
    expect(estimateImpact({ ...heat, canonicalUnit: 't' }, unquantified, 5)).toBeNull();
  });
});

describe('impact of a need several resources can serve', () => {
  it('credits each tonne once: the pairs of one 2 t need share its 2 t', () => {
    const need = declaration({
      id: 'need',
      categoryCode: 'WASTE_CARDBOARD',
      annualQuantity: 2,
      canonicalUnit: 't',
      frequency: 'MONTHLY',
    });
    const offers = [1, 2, 3, 4].map((n) =>
      declaration({
        id: `offer-${n}`,
        kind: 'RESOURCE',
        categoryCode: 'WASTE_CARDBOARD',
        annualQuantity: 5,
        canonicalUnit: 't',
        frequency: 'MONTHLY',
        ...northOf(n),
      }),
    );
    const pairs = matchB2B([need, ...offers]);
    expect(pairs).toHaveLength(4);
    // Each pair alone would be min(5, 2) = 2 t: 8 t for a 2 t need. Allocated, 0.5 t each.
    expect(pairs.map((pair) => pair.impact?.tonnesPerYear)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(pairs.map((pair) => pair.impact?.tonnesPerYear)).toEqual(
      pairs.map((pair) => pair.allocatedQuantity),
    );
  });
});
