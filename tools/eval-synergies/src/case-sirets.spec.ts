import { isValidSiret } from '@symbiose/sirene';
import type { CaseFirm } from '@symbiose/synergy-cases';
import { caseSirets } from './case-sirets';

const firm = (ref: string, sirenGroup?: string): CaseFirm => ({
  ref,
  name: ref,
  naf: '10.51A',
  lat: 44.4,
  lon: 1.44,
  ...(sirenGroup ? { sirenGroup } : {}),
});

describe('caseSirets', () => {
  it('gives establishments of one sirenGroup one SIREN, every other firm its own, all Luhn-valid', () => {
    const sirets = caseSirets([firm('a', 'group'), firm('b'), firm('c', 'group')]);
    const [a, b, c] = ['a', 'b', 'c'].map((ref) => sirets.get(ref) ?? '');
    expect([a, b, c].every(isValidSiret)).toBe(true);
    expect(a.slice(0, 9)).toBe(c.slice(0, 9));
    expect(a).not.toBe(c);
    expect(b.slice(0, 9)).not.toBe(a.slice(0, 9));
  });
});
