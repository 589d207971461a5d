import { FREQUENCIES, OCCURRENCES_PER_YEAR, annualise, type Frequency } from './frequencies';
import { TaxonomyError } from './taxonomy-error';

describe('frequencies', () => {
  it('recur 1, 250, 52, 12, 4 and 1 times a year', () => {
    expect(FREQUENCIES).toEqual(['ONE_OFF', 'DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY']);
    expect(OCCURRENCES_PER_YEAR).toEqual({
      ONE_OFF: 1,
      DAILY: 250,
      WEEKLY: 52,
      MONTHLY: 12,
      QUARTERLY: 4,
      YEARLY: 1,
    });
  });
});

describe('annualise', () => {
  it('turns 500 kg a week into exactly 26 t a year', () => {
    expect(annualise(500, 'kg', 'WEEKLY', 'MASS')).toBe(26);
  });

  it('counts DAILY on working days', () => {
    expect(annualise(1, 't', 'DAILY', 'MASS')).toBe(250);
    expect(annualise(100, 'L', 'DAILY', 'VOLUME')).toBe(25);
  });

  it('annualises the other frequencies', () => {
    expect(annualise(2, 'day', 'WEEKLY', 'TIME')).toBe(728);
    expect(annualise(150, 'kWh', 'MONTHLY', 'ENERGY')).toBe(1.8);
    expect(annualise(0.7, 't', 'QUARTERLY', 'MASS')).toBe(2.8);
    expect(annualise(12, 'unit', 'YEARLY', 'COUNT')).toBe(12);
    expect(annualise(30, 'unit', 'ONE_OFF', 'COUNT')).toBe(30);
  });

  it('absorbs floating-point noise', () => {
    expect(annualise(0.1, 't', 'MONTHLY', 'MASS')).toBe(1.2);
    expect(annualise(3.3, 'm3', 'WEEKLY', 'VOLUME')).toBe(171.6);
  });

  it('holds the annual total, not only the declared figure, to the ceiling', () => {
    expect(annualise(150_000, 't', 'WEEKLY', 'MASS')).toBe(7_800_000);
    expect(() => annualise(200_000, 't', 'WEEKLY', 'MASS')).toThrow(
      expect.objectContaining({ code: 'QUANTITY_ABOVE_CEILING', field: 'quantity' }),
    );
  });

  it('passes on the refusals of the conversion', () => {
    expect(() => annualise(5, 'kWh', 'WEEKLY', 'MASS')).toThrow(
      expect.objectContaining({ field: 'unit' }),
    );
    expect(() => annualise(-5, 'kg', 'WEEKLY', 'MASS')).toThrow(
      expect.objectContaining({ field: 'quantity' }),
    );
  });

  it('refuses an unknown frequency, naming the field', () => {
    expect(() => annualise(5, 'kg', 'HOURLY' as Frequency, 'MASS')).toThrow(TaxonomyError);
    expect(() => annualise(5, 'kg', 'HOURLY' as Frequency, 'MASS')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_FREQUENCY', field: 'frequency' }),
    );
  });
});
