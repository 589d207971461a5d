import { apiAttributes, describedFacts } from './case-facts';

describe('case facts', () => {
  it('turns a temperature range into { minC, maxC } and leaves the dates to their own fields', () => {
    expect(
      apiAttributes({
        temperatureRange: [0, 4],
        storage: 'REFRIGERATED',
        availableFrom: '2026-05-01',
        availableUntil: '2026-09-30',
      }),
    ).toEqual({ temperatureRange: { minC: 0, maxC: 4 }, storage: 'REFRIGERATED' });
  });

  it('writes attributes and authorisations on a line each after the description', () => {
    expect(
      describedFacts(
        'Eau de mer tiède.',
        { temperatureC: 28, medium: 'SEAWATER', material: { family: 'COPPER' } },
        ['2910-A', 'ABP_APPROVAL'],
      ),
    ).toBe(
      'Eau de mer tiède.\nAttributes: temperatureC=28; medium=SEAWATER; material={"family":"COPPER"}\n' +
        'Firm authorisations: 2910-A, ABP_APPROVAL',
    );
    expect(describedFacts(undefined, {}, [])).toBeNull();
  });
});
