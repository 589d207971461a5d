import { syntheticRegion } from '../../bench/synthetic-region';
import { matchB2B, wordTradeSupply } from '../matching';
import { contentOfSynergy } from '../synergy/synergy-content';
import { presentedImpact, presentedRationale } from '../synergy/synergy-presentation';
import { wholeKm, withCounterpartRounded } from './counterpart-rounding';

const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

describe('a B2B synergy as a member sees it before the introduction', () => {
  const matched = matchB2B(syntheticRegion({ declarationCount: 600, seed: 7, territoryCount: 1 }));

  it('gives the distance in whole km, at least one, and every figure drawn from it alike', () => {
    const fine = matched.filter((synergy) => !Number.isInteger(synergy.distanceKm));
    expect(fine.length).toBeGreaterThan(50);
    for (const synergy of fine) {
      const seen = withCounterpartRounded(contentOfSynergy(synergy));
      const km = Math.max(1, Math.round(synergy.distanceKm));
      expect(seen.distanceKm).toBe(km);
      expect(decimals(seen.score)).toBeLessThanOrEqual(2);
      const rationale = presentedRationale(seen) as {
        terms: { distanceDecay: { value: number; distanceKm: number } };
        rules: { values: Record<string, unknown> }[];
        summaryFr: string;
      };
      expect(rationale.terms.distanceDecay.distanceKm).toBe(km);
      expect(decimals(rationale.terms.distanceDecay.value)).toBeLessThanOrEqual(2);
      expect(rationale.summaryFr).toContain(`à ${km},0 km`);
      for (const { values } of rationale.rules) {
        if (typeof values.distanceKm === 'number') expect(values.distanceKm).toBe(km);
      }
      const impact = presentedImpact(seen);
      if (impact) expect(impact.greatCircleKm).toBe(km);
    }
  });

  it('rewords a supply by trade with the rounded distance', () => {
    const exact = 2.74;
    const stored = {
      kind: 'B2B' as const,
      categoryCode: 'SERVICE_SECURITY_GUARDING',
      distanceKm: exact,
      score: 0.4567,
      rationale: {
        supply: 'TRADE',
        nafCode: '80.10Z',
        terms: { distanceDecay: { value: 0.9134, weight: 0.5, distanceKm: exact } },
        rules: [],
        ...wordTradeSupply({
          nafCode: '80.10Z',
          needCategoryCode: 'SERVICE_SECURITY_GUARDING',
          distanceKm: exact,
        }),
      },
    };
    const seen = withCounterpartRounded(stored);
    expect(seen).toMatchObject({
      distanceKm: 3,
      score: 0.46,
      rationale: {
        nafCode: '80.10Z',
        terms: { distanceDecay: { value: 0.91, weight: 0.5, distanceKm: 3 } },
        summaryFr: expect.stringContaining('à 3,0 km'),
        summaryEn: expect.stringContaining('3.0 km away'),
      },
    });
    expect(JSON.stringify(seen)).not.toContain('2,7');
    expect(JSON.stringify(seen)).not.toContain('2.7');
  });

  it('leaves a collective synergy as it is, and never says less than one km', () => {
    const collective = {
      kind: 'COLLECTIVE' as const,
      categoryCode: 'SERVICE_SECURITY_GUARDING',
      distanceKm: null,
      score: 0.7123,
      rationale: { terms: {} },
    };
    expect(withCounterpartRounded(collective)).toBe(collective);
    expect(wholeKm(0.04)).toBe(1);
    expect(wholeKm(1.5)).toBe(2);
  });
});
