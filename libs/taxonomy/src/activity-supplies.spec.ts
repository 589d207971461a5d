import { isNafCode } from '@symbiose/sirene';
import { ACTIVITY_SUPPLIES, activitySupplyOf } from './activity-supplies';
import { findCategory } from './categories';

describe('what an activity supplies by trade', () => {
  it('lists real NAF subclasses, once each, serving categories firms declare as needs', () => {
    const codes = ACTIVITY_SUPPLIES.map((supply) => supply.nafCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const supply of ACTIVITY_SUPPLIES) {
      expect(isNafCode(supply.nafCode)).toBe(true);
      for (const code of supply.categoryCodes) {
        expect(findCategory(code)?.declarationKinds).toContain('NEED');
      }
    }
  });

  it('finds a waste collector’s and a security company’s trade, and nothing for others', () => {
    expect(activitySupplyOf('38.11Z')?.categoryCodes).toEqual(['SERVICE_WASTE_COLLECTION']);
    expect(activitySupplyOf('80.10Z')?.presumedAuthorisations).toEqual(['CNAPS_AUTHORISATION']);
    expect(activitySupplyOf('25.62B')).toBeUndefined();
    expect(activitySupplyOf(null)).toBeUndefined();
  });
});
