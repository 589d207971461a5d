import { estimateImpact, transportKgCo2e } from './impact-estimate';
import {
  AVOIDED_EMISSION_FACTORS,
  REGIONAL_TRUCK_KG_CO2E_PER_TONNE_KM,
  ROAD_DETOUR_FACTOR,
} from './impact-factors';
import { declaration } from './matchable-declaration.fixture';

describe('estimateImpact', () => {
  it('carries 10 t over 30 km of road at 0.0857 kgCO2e per t·km for 25.71 kgCO2e', () => {
    expect(REGIONAL_TRUCK_KG_CO2E_PER_TONNE_KM).toBe(0.0857);
    expect(transportKgCo2e(10, 30)).toBeCloseTo(25.71, 10);
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
    // 10 t × 30 km × 0.0857 = 25.71; avoided 10 × (30 + 600) = 6300; net 6274.29.
    expect(impact).toEqual({
      indicative: true,
      tonnesPerYear: 10,
      greatCircleKm: 23.08,
      roadKm: 30,
      transportKgCo2ePerYear: 25.71,
      materialFamily: 'PAPER_CARDBOARD',
      avoidedTreatmentKgCo2ePerYear: 300,
      avoidedVirginMaterialKgCo2ePerYear: 6000,
      netAvoidedKgCo2ePerYear: 6274.29,
    });
    expect(AVOIDED_EMISSION_FACTORS.PAPER_CARDBOARD.avoidedVirginKgPerTonne).toBe(600);
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
    // 2 t × 13 km × 0.0857 = 2.2282
    expect(impact?.materialFamily).toBeNull();
    expect(impact?.transportKgCo2ePerYear).toBe(2.23);
    expect(impact?.netAvoidedKgCo2ePerYear).toBe(-2.23);
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
