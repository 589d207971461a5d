import { estimateImpact, transportKgCo2e } from './impact-estimate';
import {
  AVOIDED_EMISSION_FACTORS,
  REGIONAL_TRUCK_KG_CO2E_PER_TONNE_KM,
  ROAD_DETOUR_FACTOR,
} from './impact-factors';
import { declaration } from './matchable-declaration.fixture';

describe('estimateImpact', () => {
  it('carries 10 t over 30 km of road at 0.338 l/km × 3.07 kg/l ÷ 12.5 t for 24.90 kgCO2', () => {
    expect(REGIONAL_TRUCK_KG_CO2E_PER_TONNE_KM).toBeCloseTo(0.0830128, 7);
    expect(transportKgCo2e(10, 30)).toBeCloseTo(24.90384, 5);
  });

  it('diverts the smaller quantity, over great circle × 1.3, and credits the material family', () => {
    const resource = declaration({
      id: 'r',
      kind: 'RESOURCE',
      categoryCode: 'WASTE_CARDBOARD',
      annualQuantity: 12,
      canonicalUnit: 't',
    });
    const need = declaration({
      id: 'n',
      categoryCode: 'WASTE_CARDBOARD',
      annualQuantity: 10,
      canonicalUnit: 't',
    });
    const impact = estimateImpact(resource, need, 30 / ROAD_DETOUR_FACTOR);
    // 10 t × 30.004 km (23.08 × 1.3) × 0.0830128 = 24.91; no sourced credit for cardboard.
    expect(impact).toEqual({
      indicative: true,
      tonnesPerYear: 10,
      greatCircleKm: 23.08,
      roadKm: 30,
      transportKgCo2ePerYear: 24.91,
      materialFamily: 'PAPER_CARDBOARD',
      avoidedTreatmentKgCo2ePerYear: 0,
      avoidedVirginMaterialKgCo2ePerYear: 0,
      netAvoidedKgCo2ePerYear: -24.91,
    });
  });

  it('credits ferrous metals with virgin less recycled steel, 2211 − 938 kgCO2e a tonne', () => {
    expect(AVOIDED_EMISSION_FACTORS.METALS.avoidedVirginKgPerTonne).toBe(1273);
    const resource = declaration({
      id: 'r',
      kind: 'RESOURCE',
      categoryCode: 'WASTE_METALS',
      annualQuantity: 4,
      canonicalUnit: 't',
    });
    const need = declaration({ id: 'n', categoryCode: 'WASTE_METALS', annualQuantity: 6 });
    const impact = estimateImpact(
      resource,
      { ...need, canonicalUnit: 't' },
      10 / ROAD_DETOUR_FACTOR,
    );
    // 4 × 1273 = 5092; transport 4 × 10 × 0.0830128 = 3.32; net 5088.68.
    expect(impact?.avoidedVirginMaterialKgCo2ePerYear).toBe(5092);
    expect(impact?.netAvoidedKgCo2ePerYear).toBe(5088.68);
  });

  it('gives no credit to a family without a factor, so the net is minus the transport', () => {
    const resource = declaration({
      id: 'r',
      kind: 'RESOURCE',
      categoryCode: 'WASTE_MIXED_NON_HAZARDOUS',
      annualQuantity: 2,
      canonicalUnit: 't',
    });
    const need = declaration({ id: 'n', annualQuantity: 5, canonicalUnit: 't' });
    const impact = estimateImpact(resource, need, 10);
    // 2 t × 13 km × 0.0830128 = 2.158
    expect(impact?.materialFamily).toBeNull();
    expect(impact?.transportKgCo2ePerYear).toBe(2.16);
    expect(impact?.netAvoidedKgCo2ePerYear).toBe(-2.16);
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
